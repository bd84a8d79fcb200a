// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.PrintWriter;
import java.io.StringWriter;
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
 * Random mutations of valid files, fed to every importer on a fresh database: each run either imports
 * (and leaves a sound database) or is refused with a {@link UserError} and leaves every row as it was.
 * Reproducible: the seed is in the test name; {@code -Dfuzz.seed=N -Dfuzz.iterations=M} explore
 * further. A failing input is kept in {@code target/fuzz-failures/}.
 */
class ImportFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 15);

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> mutated_files_are_imported_whole_or_refused_with_a_message() {
        return Importers.all().stream().flatMap(this::fuzz);
    }

    private Stream<DynamicTest> fuzz(ImporterAdapter importer) {
        Path home = dir.resolve(importer.name());
        List<Path> valid = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest(importer.name() + ": the valid files import", () -> {
            valid.addAll(importer.validFiles(Files.createDirectories(home.resolve("valid"))));
            for (Path file : valid) {
                inFreshDatabase(importer, home, "valid", ctx -> assertEquals("", importer.run(ctx, file), file.toString()));
            }
        }));
        for (int i = 0; i < ITERATIONS; i++) {
            long seed = SEED + i;
            tests.add(dynamicTest(importer.name() + ": seed " + seed, () -> {
                Mutator mutator = new Mutator(seed);
                for (Path original : valid) {
                    Path mutated = home.resolve("seed-" + seed + "-" + original.getFileName());
                    Files.write(mutated, mutator.mutate(Files.readAllBytes(original), original.getFileName().toString()));
                    inFreshDatabase(importer, home, "seed-" + seed, ctx -> runOnce(importer, ctx, mutated, seed));
                }
            }));
        }
        return tests.stream();
    }

    private interface Work {
        void run(AppContext ctx) throws Exception;
    }

    private static void inFreshDatabase(ImporterAdapter importer, Path home, String name, Work work) throws Exception {
        Path folder = Files.createDirectories(home.resolve("db-" + name + "-" + System.nanoTime()));
        try (AppContext ctx = new AppContext(Database.open(folder.resolve("desk.db")), Clock.systemDefaultZone())) {
            importer.prepare(ctx);
            work.run(ctx);
        }
    }

    private static void runOnce(ImporterAdapter importer, AppContext ctx, Path input, long seed) throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(ctx.database());
        try {
            importer.run(ctx, input);
        } catch (UserError refused) {
            if (!DatabaseSnapshot.of(ctx.database()).equals(before)) {
                keep(importer, input, seed);
                fail("seed " + seed + ": refused (" + refused.getMessage() + ") but the database changed");
            }
            return;
        } catch (Throwable crash) {
            keep(importer, input, seed);
            StringWriter trace = new StringWriter();
            crash.printStackTrace(new PrintWriter(trace));
            fail("seed " + seed + ": " + importer.name() + " failed with something other than a UserError on "
                    + input.getFileName() + ":\n" + trace);
        }
        assertEquals(List.of("ok"), ctx.database().integrityCheck(), "seed " + seed + ": imported, but the database is not sound");
    }

    private static void keep(ImporterAdapter importer, Path input, long seed) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
        Files.copy(input, folder.resolve(importer.name().replace(' ', '-') + "-" + seed + "-" + input.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
