// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosuredesk.cli.CliApp;

/**
 * Issue 14, item 7: what a killed process left (a restore's working copy, half a backup, half a PDF) is
 * there after the kill, and gone — and said to be gone — after the next run of a command.
 */
final class LeftoverCheck {

    private LeftoverCheck() {
    }

    static List<String> matching(Path folder, Predicate<String> names) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(names).collect(Collectors.toList());
        }
    }

    /** Runs the command line; asserts the leftovers were there before it and are gone after it. */
    static String cleanedBy(Path folder, Predicate<String> names, String... args) throws IOException {
        assertTrue(!matching(folder, names).isEmpty(), "the kill left something to clean in " + folder);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, exit, err.toString());
        assertEquals(List.of(), matching(folder, names), "leftovers cleaned; stderr: " + err);
        return err.toString();
    }
}
