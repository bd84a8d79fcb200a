// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.settings.OrgSettings;

/** {@code requests import BIG.csv}: years of a county's request log typed into Excel come in at once. */
final class RequestsImportCrashScenario implements CrashScenario {

    private static final int ROWS = 6000;

    @Override
    public String name() {
        return "requests import of 6,000 rows";
    }

    @Override
    public List<String> prepare(Path dir) throws Exception {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("desk.db")), Clock.systemDefaultZone())) {
            ctx.settings().save(OrgSettings.defaultsFor("示例县人民政府办公室"));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("申请人", "申请人类型", "收到申请日期", "申请内容", "办理结果", "答复日期"));
        for (int i = 1; i <= ROWS; i++) {
            int month = 1 + i % 9;
            rows.add(List.of("申请人" + i, i % 3 == 0 ? "商业企业" : "自然人", "2025-0" + month + "-0" + (1 + i % 9),
                    "关于第" + i + "号地块征收补偿方案的政府信息", "予以公开", "2025-0" + month + "-2" + (i % 9)));
        }
        Path csv = HostileFiles.csv(dir, "依申请台账.csv", StandardCharsets.UTF_8, rows);
        return List.of("requests", "import", csv.toString());
    }

    @Override
    public boolean halfWay(Path dir) {
        // reading and checking the rows writes nothing; the WAL grows once the one import transaction writes
        return LargeData.size(dir.resolve("desk.db-wal")) > 2L * 1024 * 1024;
    }

    @Override
    public void verifyAfterKill(Path dir) {
        try (AppContext ctx = AppContext.open(dir.resolve("desk.db"))) {
            assertEquals(List.of("ok"), ctx.database().integrityCheck());
            int stored = ctx.requests().ledger(2025).size();
            assertTrue(stored == 0 || stored == ROWS, "half an import: " + stored + " of " + ROWS + " requests");
            int events = ctx.database().dsl().fetchCount(org.jooq.impl.DSL.table("request_event"));
            assertTrue(stored == ROWS || events == 0, "events without their requests: " + events);
        }
    }
}
