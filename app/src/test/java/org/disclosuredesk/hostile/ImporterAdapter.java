// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.AppContext;

/**
 * One way data comes into the app from a file the office hands it, as the hostile-input tests drive it.
 * Adding an importer to those tests is one class like this and one line in {@link Importers}.
 */
interface ImporterAdapter {

    /**
     * A broken file and a word or two its error message must contain (the row, the field, the problem);
     * {@code messageMentions} null means the importer must take the file anyway (e.g. it ignores a huge prose line).
     */
    record BrokenInput(String description, Path file, String messageMentions) {

        static BrokenInput accepted(String description, Path file) {
            return new BrokenInput(description, file, null);
        }
    }

    String name();

    /** Files this importer accepts; the fuzz test mutates them. Written into {@code dir}. */
    List<Path> validFiles(Path dir) throws Exception;

    /** Broken inputs (empty files, wrong encodings, zips of something else …) that must be refused cleanly. */
    List<BrokenInput> brokenInputs(Path dir) throws Exception;

    /** What the importer needs in the database first (office settings, a calendar …). */
    default void prepare(AppContext context) throws Exception {
    }

    /** Runs the import as the window and the command line do. Bad input must end in a {@code UserError}. */
    void run(AppContext context, Path file) throws Exception;
}
