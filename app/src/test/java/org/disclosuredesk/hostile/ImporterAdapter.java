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

    /** What must be true after an import that was taken (e.g. the GBK title stored as written). */
    interface Check {
        void verify(AppContext context) throws Exception;
    }

    /**
     * A broken file and what must happen: refused with a {@code UserError} that mentions {@code mentions}
     * and nothing stored; or taken whole ({@code mentions} null); or taken with its bad rows skipped and
     * named in the report ({@code partly}).
     */
    record BrokenInput(String description, Path file, String mentions, boolean partly, Check check) {

        static BrokenInput refused(String description, Path file, String mentions) {
            return new BrokenInput(description, file, mentions, false, ctx -> { });
        }

        static BrokenInput accepted(String description, Path file, Check check) {
            return new BrokenInput(description, file, null, false, check);
        }

        static BrokenInput partly(String description, Path file, String mentions, Check check) {
            return new BrokenInput(description, file, mentions, true, check);
        }
    }

    String name();

    /** Files this importer accepts; the fuzz test mutates them. Written into {@code dir}. */
    List<Path> validFiles(Path dir) throws Exception;

    /** Broken inputs (empty files, wrong encodings, zips of something else …) and what must happen to each. */
    List<BrokenInput> brokenInputs(Path dir) throws Exception;

    /** What the importer needs in the database first (office settings, the shipped calendar …). */
    default void prepare(AppContext context) throws Exception {
    }

    /**
     * Runs the import as the window and the command line do. Bad input that stores nothing ends in a
     * {@code UserError}; returns the problems reported for rows that were skipped (empty when none).
     */
    String run(AppContext context, Path file) throws Exception;
}
