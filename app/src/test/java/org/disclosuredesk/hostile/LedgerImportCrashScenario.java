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

/**
 * A whole ledger imported from one big .csv ({@code register import} or {@code requests import}), killed
 * while its one transaction writes: afterwards every row is there or none is.
 */
abstract class LedgerImportCrashScenario implements CrashScenario {

    private final int rows;

    LedgerImportCrashScenario(int rows) {
        this.rows = rows;
    }

    /** The command, e.g. {@code register}, before {@code import FILE}. */
    abstract String command();

    abstract List<String> headings();

    /** Row {@code i} (from 1), valid, one per ledger entry. */
    abstract List<String> row(int i);

    /** How many entries the ledger holds after the kill. */
    abstract int stored(AppContext ctx);

    /** Anything else that must be all there or not at all (e.g. the events of imported requests). */
    void verifyNothingHalf(AppContext ctx, int stored) {
    }

    @Override
    public List<String> prepare(Path dir) throws Exception {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("desk.db")), Clock.systemDefaultZone())) {
            ctx.settings().save(OrgSettings.defaultsFor("示例县人民政府办公室"));
        }
        List<List<String>> table = new ArrayList<>();
        table.add(headings());
        for (int i = 1; i <= rows; i++) {
            table.add(row(i));
        }
        Path csv = HostileFiles.csv(dir, command() + "-ledger.csv", StandardCharsets.UTF_8, table);
        return List.of(command(), "import", csv.toString());
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
            int stored = stored(ctx);
            assertTrue(stored == 0 || stored == rows, "half an import: " + stored + " of " + rows);
            verifyNothingHalf(ctx, stored);
        }
    }

    boolean complete(int stored) {
        return stored == rows;
    }
}
