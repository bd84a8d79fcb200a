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

/** Each importer's broken inputs: refused with a message that names the problem, and nothing stored (or, where the importer should cope, taken). */
class BrokenInputTest {

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> broken_files_are_refused_with_a_clear_message_and_store_nothing() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (ImporterAdapter importer : Importers.all()) {
            Path home = Files.createDirectories(dir.resolve(importer.name()));
            for (ImporterAdapter.BrokenInput broken : importer.brokenInputs(Files.createDirectories(home.resolve("inputs")))) {
                tests.add(dynamicTest(importer.name() + ": " + broken.description(), () -> {
                    try (AppContext ctx = new AppContext(Database.open(home.resolve(System.nanoTime() + ".db")), Clock.systemDefaultZone())) {
                        importer.prepare(ctx);
                        DatabaseSnapshot before = DatabaseSnapshot.of(ctx.database());
                        if (broken.messageMentions() == null) {
                            importer.run(ctx, broken.file());
                            assertEquals(java.util.List.of("ok"), ctx.database().integrityCheck());
                            return;
                        }

                        UserError e = assertThrows(UserError.class, () -> importer.run(ctx, broken.file()));

                        assertTrue(e.getMessage().contains(broken.messageMentions()), e.getMessage());
                        assertEquals(before, DatabaseSnapshot.of(ctx.database()), "nothing is stored");
                    }
                }));
            }
        }
        return tests.stream();
    }
}
