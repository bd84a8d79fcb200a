// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.settings.OrgSettings;

/** {@code register import BIG.csv}: an office's whole ledger of 8,000 documents comes in at once. */
final class RegisterImportCrashScenario implements CrashScenario {

    private static final int ROWS = 8000;

    @Override
    public String name() {
        return "register import of 8,000 rows";
    }

    @Override
    public List<String> prepare(Path dir) throws Exception {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("desk.db")), java.time.Clock.systemDefaultZone())) {
            ctx.settings().save(OrgSettings.defaultsFor("示例县人民政府办公室"));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("文件标题", "文号", "成文日期", "文种", "发文机关"));
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of("关于做好第" + i + "项重点工作的通知", "示府办发〔2025〕" + i + "号", "2025-0" + (1 + i % 9) + "-1" + (i % 9),
                    "其他公文", "示例县人民政府办公室"));
        }
        Path csv = HostileFiles.csv(dir, "ledger.csv", StandardCharsets.UTF_8, rows);
        return List.of("register", "import", csv.toString());
    }

    @Override
    public boolean halfWay(Path dir) {
        // the preview only reads; the WAL grows once the one import transaction writes
        return LargeData.size(dir.resolve("desk.db-wal")) > 2L * 1024 * 1024;
    }

    @Override
    public void verifyAfterKill(Path dir) {
        try (AppContext ctx = AppContext.open(dir.resolve("desk.db"))) {
            assertEquals(List.of("ok"), ctx.database().integrityCheck());
            int stored = ctx.register().count(RegisterQuery.ALL);
            assertTrue(stored == 0 || stored == ROWS, "half an import: " + stored + " of " + ROWS + " documents");
            assertEquals(stored, ctx.database().dsl().fetchCount(org.jooq.impl.DSL.table("document")));
        }
    }
}
