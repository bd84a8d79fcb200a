// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDemoDataTest {

    @TempDir
    Path dir;

    private AppContext context;
    private PlanDemoData demo;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        demo = new PlanDemoData(context.plans(), context.units(), context.clock());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void last_year_is_nearly_all_done_and_this_year_is_under_way() {
        demo.fill(2024);
        demo.fill(2025);

        List<PlanSummary> plans = context.plans().plans();
        assertEquals(List.of(2025, 2024), plans.stream().map(PlanSummary::year).toList());
        assertEquals("示例县2025年政务公开工作要点", plans.get(0).title());
        PlanSummary last = plans.get(1);
        assertEquals(last.tasks() - 1, last.done());
        assertEquals(1, last.notApplicable());

        List<TrackedTask> thisYear = PlanTracking.tasksOnly(context.plans().items(plans.get(0).id()));
        assertTrue(thisYear.stream().anyMatch(t -> t.status() == TaskStatus.DONE));
        assertTrue(thisYear.stream().anyMatch(t -> t.status() == TaskStatus.IN_PROGRESS));
        assertTrue(thisYear.stream().anyMatch(t -> t.status() == TaskStatus.NOT_STARTED));
        assertFalse(PlanTracking.overdue(thisYear, LocalDate.of(2025, 6, 10)).isEmpty());
        assertTrue(thisYear.stream().allMatch(t -> t.completedOn() == null || !t.completedOn().isAfter(LocalDate.of(2025, 6, 10))));
        assertFalse(context.plans().progress(thisYear.get(0).id()).isEmpty());
    }

    @Test
    void the_units_directory_links_the_plans_short_names_and_leaves_collective_ones_unlinked() {
        demo.fill(2025);

        assertEquals(15, context.units().all().size());
        TrackedTask first = PlanTracking.tasksOnly(context.plans().items(context.plans().plans().get(0).id())).get(0);
        assertEquals("县财政局", first.unitsIn(UnitRole.LEAD).get(0).unitName());
        assertEquals(null, first.unitsIn(UnitRole.RESPONSIBLE).get(0).unitId());
        assertEquals("县直各部门", first.unitsIn(UnitRole.RESPONSIBLE).get(0).nameWritten());
    }

    @Test
    void filling_a_year_twice_adds_nothing() {
        demo.fill(2025);
        demo.fill(2025);
        assertEquals(1, context.plans().plans().size());
        assertEquals(15, context.units().all().size());
    }
}
