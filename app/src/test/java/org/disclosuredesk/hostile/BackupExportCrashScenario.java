// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosuredesk.backup.BackupContents;
import org.disclosuredesk.backup.BackupFileRepository;
import org.disclosuredesk.backup.DatabaseFiles;
import org.disclosuredesk.db.Database;

/** {@code backup --out U盘/desk.db} of a 40 MB database: the stick gets a whole, checked copy or none. */
final class BackupExportCrashScenario implements CrashScenario {

    @Override
    public String name() {
        return "backup of a 40 MB database to a USB stick";
    }

    @Override
    public List<String> prepare(Path dir) throws IOException {
        try (Database live = Database.open(dir.resolve("desk.db"))) {
            DatabaseFiles.addUnits(live, "甲", "乙");
            LargeData.fill(live, RestoreCrashScenario.ROWS);
        }
        Files.createDirectories(dir.resolve("U盘"));
        return List.of("backup", "--out", dir.resolve("U盘").resolve("desk-copy.db").toString());
    }

    @Override
    public boolean halfWay(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("U盘"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".") && LargeData.size(f) > 4L * 1024 * 1024);
        }
    }

    @Override
    public void verifyAfterKill(Path dir) throws IOException {
        try (Database db = Database.open(dir.resolve("desk.db"))) {
            assertEquals(List.of("ok"), db.integrityCheck());
            assertEquals(RestoreCrashScenario.ROWS, LargeData.rows(db), "the live data is untouched");
        }
        Path copy = dir.resolve("U盘").resolve("desk-copy.db");
        if (Files.exists(copy)) {
            BackupContents contents = new BackupFileRepository().inspect(copy, true);
            assertTrue(contents.healthy(), contents.problems().toString());
            assertEquals(RestoreCrashScenario.ROWS, contents.count("app_setting"));
        }
        try (Stream<Path> files = Files.list(dir.resolve("U盘"))) {
            List<String> visible = files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(Collectors.toList());
            assertTrue(visible.isEmpty() || visible.equals(List.of("desk-copy.db")), "no half file under a real name: " + visible);
        }
        // The next backup into the same folder removes the half copy the killed one left there.
        LeftoverCheck.cleanedBy(dir.resolve("U盘"), n -> n.endsWith(".tmp"),
                "--db", dir.resolve("desk.db").toString(), "backup", "--out", dir.resolve("U盘").resolve("desk-copy-2.db").toString());
    }
}
