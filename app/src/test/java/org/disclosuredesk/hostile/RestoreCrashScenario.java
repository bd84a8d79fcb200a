// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.backup.DatabaseFiles;
import org.disclosuredesk.db.Database;

/** {@code restore BIG.db} — the largest single write the app makes: 40 MB replace the office's data. */
final class RestoreCrashScenario implements CrashScenario {

    static final int ROWS = 4000;

    @Override
    public String name() {
        return "restore of a 40 MB backup";
    }

    @Override
    public List<String> prepare(Path dir) {
        try (Database live = Database.open(dir.resolve("desk.db"))) {
            DatabaseFiles.addUnits(live, "甲", "乙", "丙");
        }
        Path big = dir.resolve("big-backup.db");
        try (Database source = Database.open(big)) {
            DatabaseFiles.addUnits(source, "一", "二", "三", "四", "五");
            LargeData.fill(source, ROWS);
        }
        return List.of("restore", big.toString());
    }

    @Override
    public boolean halfWay(Path dir) {
        // restore-from writes the new pages into the live file's WAL inside one transaction
        return LargeData.size(dir.resolve("desk.db-wal")) > 4L * 1024 * 1024;
    }

    @Override
    public void verifyAfterKill(Path dir) throws java.io.IOException {
        try (Database db = Database.open(dir.resolve("desk.db"))) {
            assertEquals(List.of("ok"), db.integrityCheck());
            List<String> units = DatabaseFiles.unitNames(db);
            int rows = LargeData.rows(db);
            boolean old = units.equals(List.of("甲", "乙", "丙")) && rows == 0;
            boolean restored = units.equals(List.of("一", "二", "三", "四", "五")) && rows == ROWS;
            assertTrue(old || restored, "half a restore: units " + units + ", " + rows + " large rows");
        }
        String said = LeftoverCheck.cleanedBy(dir, n -> n.startsWith(".restore"), "--db", dir.resolve("desk.db").toString(), "check");
        assertTrue(said.contains("已清理上次中断的操作留下的临时文件"), said);
    }
}
