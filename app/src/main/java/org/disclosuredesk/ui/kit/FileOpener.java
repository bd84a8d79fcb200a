// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.nio.file.Path;

/**
 * "Open with the system program": a view model asks for it, the composition root hands it the real
 * {@link SystemOpener}, and a test hands it a recorder, so no test starts a desktop program.
 */
public interface FileOpener {

    /** Opens the file with the program the desktop associates with it (Word, a PDF reader). */
    void open(Path file);

    /** Opens the folder holding the file, with the file selected where the desktop can. */
    void showInFolder(Path file);
}
