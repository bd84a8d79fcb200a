// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.DatabaseFiles;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 1: the demo never mixes invented records into a real office's ledgers. */
class DemoOfficeTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_refuses_a_database_holding_an_office_s_records_and_writes_nothing() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("desk.db")), Clock.systemDefaultZone())) {
            ctx.settings().save(OrgSettings.defaultsFor("真实县人民政府办公室"));
            DatabaseFiles.addUnits(ctx.database(), "办公室");
            Map<String, Integer> before = ctx.database().tableCounts();

            UserError refused = assertThrows(UserError.class, () -> new DemoOffice(ctx).fill(2025, BackgroundTask.Progress.NONE));

            assertTrue(refused.getMessage().contains("已有本单位的数据（单位名录）"), refused.getMessage());
            assertEquals(before, ctx.database().tableCounts(), "nothing written");
            assertEquals("真实县人民政府办公室", ctx.settings().find().orElseThrow().officeName());
        }
    }

    @Test
    void a_demo_that_fails_half_way_leaves_nothing_behind() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("desk.db")), Clock.systemDefaultZone())) {
            Map<String, Integer> before = ctx.database().tableCounts();
            BackgroundTask.Progress failing = new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total, String message) {
                    if (done == 5) {
                        throw new IllegalStateException("power cut after the register was filled");
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };

            assertThrows(IllegalStateException.class, () -> new DemoOffice(ctx).fill(2025, failing));

            assertEquals(before, ctx.database().tableCounts(), "one transaction: all or nothing");
        }
    }

    @Test
    void the_demo_fills_an_empty_database_whose_office_name_was_just_saved() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("desk.db")), Clock.systemDefaultZone())) {
            ctx.settings().save(OrgSettings.defaultsFor("新设县人民政府办公室"));
            new DemoOffice(ctx).fill(2025, BackgroundTask.Progress.NONE);
            assertTrue(ctx.database().tableCounts().get("document") > 0);
            assertEquals("新设县人民政府办公室", ctx.settings().find().orElseThrow().officeName());
        }
    }
}
