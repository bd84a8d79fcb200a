// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each importer's broken inputs (issue 7: empty files, wrong encodings, a .docx that is a zip of
 * something else, huge cells, formulas, Excel serial dates, duplicated rows): refused with a message
 * naming the row and field and nothing stored, or taken whole, or taken with the bad rows named.
 */
class BrokenInputTest {

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> broken_files_get_a_clear_message_and_never_half_an_import() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (ImporterAdapter importer : Importers.all()) {
            Path home = Files.createDirectories(dir.resolve(importer.name()));
            for (ImporterAdapter.BrokenInput broken : importer.brokenInputs(Files.createDirectories(home.resolve("inputs")))) {
                tests.add(dynamicTest(importer.name() + ": " + broken.description(), () -> {
                    try (AppContext ctx = new AppContext(Database.open(home.resolve(System.nanoTime() + ".db")), Clock.systemDefaultZone())) {
                        importer.prepare(ctx);
                        check(importer, broken, ctx);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static void check(ImporterAdapter importer, ImporterAdapter.BrokenInput broken, AppContext ctx) throws Exception {
        if (broken.mentions() != null && !broken.partly()) {
            DatabaseSnapshot before = DatabaseSnapshot.of(ctx.database());
            UserError e = assertThrows(UserError.class, () -> importer.run(ctx, broken.file()));
            assertTrue(e.getMessage().contains(broken.mentions()), e.getMessage());
            assertEquals(before, DatabaseSnapshot.of(ctx.database()), "nothing is stored");
            return;
        }
        String reported = importer.run(ctx, broken.file());
        if (broken.partly()) {
            assertTrue(reported.contains(broken.mentions()), "the skipped rows are named: " + reported);
        } else {
            assertEquals("", reported, "taken whole, nothing to report");
        }
        broken.check().verify(ctx);
        assertEquals(List.of("ok"), ctx.database().integrityCheck());
    }
}
