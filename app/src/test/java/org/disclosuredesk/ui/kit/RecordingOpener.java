// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link FileOpener} for tests: remembers what it was asked to open, starts no desktop program. */
public class RecordingOpener implements FileOpener {

    public final List<Path> opened = new ArrayList<>();
    public final List<Path> shownInFolder = new ArrayList<>();

    @Override
    public void open(Path file) {
        opened.add(file);
    }

    @Override
    public void showInFolder(Path file) {
        shownInFolder.add(file);
    }
}
