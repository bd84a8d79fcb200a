// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of long work: the command runs in a child JVM ({@code org.disclosuredesk.Main}
 * on this test's class path), is killed with SIGKILL once it is surely half way, and the database is
 * reopened: it passes its integrity check and the work is all there or not at all.
 */
class CrashSafetyTest {

    private static final long HALF_WAY_TIMEOUT_MS = 120_000;

    @TempDir
    static Path dir;

    static List<CrashScenario> scenarios() {
        return List.of(new RestoreCrashScenario(), new BackupExportCrashScenario(), new RegisterImportCrashScenario(),
                new RequestsImportCrashScenario(), new ReportExportCrashScenario());
    }

    @TestFactory
    Stream<DynamicTest> a_killed_process_leaves_a_sound_database_with_the_work_all_there_or_not_at_all() {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (CrashScenario scenario : scenarios()) {
            Path home = dir.resolve("scenario-" + n++);
            tests.add(dynamicTest(scenario.name(), () -> {
                Files.createDirectories(home);
                List<String> args = scenario.prepare(home);
                Process child = start(home, args);
                long deadline = System.currentTimeMillis() + HALF_WAY_TIMEOUT_MS;
                while (child.isAlive() && !scenario.halfWay(home) && System.currentTimeMillis() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                }
                if (!child.isAlive()) {
                    fail(scenario.name() + " finished (exit " + child.exitValue() + ") before it could be killed half way; "
                            + "make its data larger. Output:\n" + Files.readString(home.resolve("child.log")));
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                assertNotEquals(0, child.waitFor(), "the child was killed, not finished");
                scenario.verifyAfterKill(home);
            }));
        }
        return tests.stream();
    }

    private static Process start(Path home, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx256m",
                "org.disclosuredesk.Main",
                "--db", home.resolve("desk.db").toString()));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile())
                .start();
    }
}
