// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearlyStatisticsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void the_fee_is_typed_in_wan_yuan_and_kept_in_fen() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("t.db")), java.time.Clock.systemDefaultZone())) {
            YearlyStatisticsViewModel model = new YearlyStatisticsViewModel(ctx.yearlyStatistics(), new CurrentThreadTaskExecutor(), 2025);
            model.load();
            assertEquals("0", model.licensingProperty().get());
            model.licensingProperty().set("一千");
            boolean[] saved = {false};
            model.save(() -> saved[0] = true);
            assertFalse(saved[0]);
            assertTrue(model.fieldErrors().containsKey("licensingDecisions"));

            model.licensingProperty().set("1,520");
            model.penaltyProperty().set("２３３");
            model.feeWanYuanProperty().set("123.45");
            model.sourceNoteProperty().set("县政务服务中心提供");
            model.save(() -> saved[0] = true);

            assertTrue(saved[0]);
            var s = ctx.yearlyStatistics().forYear(2025);
            assertEquals(1520, s.licensingDecisions());
            assertEquals(233, s.penaltyDecisions());
            assertEquals(123_450_000L, s.adminFeeFen());
            assertEquals("县政务服务中心提供", s.sourceNote());
        }
    }
}
