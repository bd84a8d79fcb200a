// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.plan.PlanDemoData;
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTrackingViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private PlanTrackingViewModel model;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        PlanDemoData demo = new PlanDemoData(context.plans(), context.units(), context.clock());
        demo.fill(2024);
        demo.fill(2025);
        model = new PlanTrackingViewModel(context.plans(), new CurrentThreadTaskExecutor());
        model.refresh(null);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void the_newest_plan_is_shown_with_its_views_and_completion() {
        assertEquals(2025, model.planProperty().get().year());
        assertFalse(model.items().isEmpty());
        assertFalse(model.unitGroups().isEmpty());
        assertFalse(model.monthGroups().isEmpty());
        assertEquals(1, model.overdue().size());
        assertEquals(1, model.dueSoon().size());
        assertTrue(model.completionProperty().get().startsWith("已完成 "), model.completionProperty().get());
        assertFalse(model.taskProperty().get().heading());
    }

    @Test
    void marking_the_overdue_task_done_takes_it_off_the_overdue_list() {
        TrackedTask late = model.overdue().get(0);
        model.taskProperty().set(late);
        model.statusProperty().set(TaskStatus.DONE);
        model.completedOnProperty().set("2025.6.9");

        model.saveStatus();

        assertEquals("", model.completedOnErrorProperty().get());
        assertEquals(0, model.overdue().size());
        assertEquals(TaskStatus.DONE, model.taskProperty().get().status());
        assertEquals("2025-06-09", model.taskProperty().get().completedOn().toString());
    }

    @Test
    void a_progress_note_with_evidence_is_added_and_listed() throws Exception {
        TrackedTask task = model.taskProperty().get();
        int before = model.notes().size();
        model.noteTextProperty().set("已完成专栏改版方案");
        model.evidenceProperty().set(Files.writeString(dir.resolve("方案.txt"), "x"));

        model.addNote();

        assertEquals("", model.noteErrorProperty().get());
        assertEquals(before + 1, model.notes().size());
        assertEquals("已完成专栏改版方案", model.notes().get(0).note());
        assertTrue(Files.exists(model.evidencePath(model.notes().get(0))));
        assertEquals(task.id(), model.taskProperty().get().id());
    }

    @Test
    void a_bad_date_is_shown_under_its_field_and_nothing_changes() {
        model.statusProperty().set(TaskStatus.DONE);
        model.completedOnProperty().set("6月9日");
        model.saveStatus();
        assertFalse(model.completedOnErrorProperty().get().isEmpty());
        assertTrue(model.taskProperty().get().status() != TaskStatus.DONE);
        model.noteTextProperty().set(" ");
        model.addNote();
        assertFalse(model.noteErrorProperty().get().isEmpty());
    }
}
