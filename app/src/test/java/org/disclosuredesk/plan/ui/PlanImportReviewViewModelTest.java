// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosuredesk.shared.UnitKind;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.plan.PlanSummary;
import org.disclosuredesk.plan.PlanTracking;
import org.disclosuredesk.plan.TaskUnit;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.plan.UnitRole;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.shared.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review: nothing stored until saved; edits, links and exclusions are what gets stored. */
class PlanImportReviewViewModelTest {

    private static final String PLAN = String.join("\n",
            "某局2025年政务公开工作方案",
            "一、重点任务",
            "（一）做好财政信息公开。9月底前完成。（牵头单位：局办公室；责任单位：各科室）",
            "（二）推进政策解读。（政策法规股负责）",
            "（三）开展一次培训。（办公室负责）");

    @TempDir
    Path dir;

    private AppContext context;
    private PlanImportReviewViewModel model;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        model = new PlanImportReviewViewModel(context.plans(), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void unknown_units_are_listed_with_the_closest_known_ones_and_nothing_is_stored_before_saving() {
        context.units().add("办公室", UnitKind.SECTION, List.of());
        context.units().add("政策法规股", UnitKind.SECTION, List.of());
        model.openText(PLAN, () -> { });

        assertTrue(model.loadedProperty().get());
        assertEquals("某局2025年政务公开工作方案", model.titleProperty().get());
        assertEquals(List.of("局办公室", "各科室"), model.unknownUnits().stream().map(UnknownUnit::written).toList());
        UnknownUnit office = model.unknownUnits().get(0);
        assertEquals("办公室", office.suggestions().get(0).unit().name());
        assertTrue(model.isUnresolved("局办公室"));
        assertFalse(model.isUnresolved("办公室"));
        assertEquals(List.of(), context.plans().plans());
    }

    @Test
    void guesses_are_marked_counted_in_the_header_and_cleared_by_an_edit() {
        model.openText(String.join("\n", "某局2025年政务公开任务清单",
                "工作任务 | 具体要求 | 责任部门 | 完成时限 |",
                "一、做好规划公开。 | 1.主动公开规划纲要。 | 办公室 | 与预算公开同步 |",
                "2.做好规划的归集整理。 |"), () -> { });
        ReviewItem first = model.items().get(1);
        ReviewItem second = model.items().get(2);
        assertEquals(java.util.Set.of(org.disclosuredesk.plan.Doubt.TEXT, org.disclosuredesk.plan.Doubt.DEADLINE), first.doubtsProperty().get());
        assertEquals(java.util.Set.of(org.disclosuredesk.plan.Doubt.TEXT, org.disclosuredesk.plan.Doubt.UNITS,
                org.disclosuredesk.plan.Doubt.DEADLINE), second.doubtsProperty().get());
        assertTrue(model.summaryProperty().get().contains("其中 2 项含推测的内容"), model.summaryProperty().get());

        second.responsibleProperty().set("办公室、信息中心");
        assertFalse(second.doubtsProperty().get().contains(org.disclosuredesk.plan.Doubt.UNITS));
    }

    @Test
    void saving_stores_the_edits_the_links_and_leaves_out_excluded_items() {
        Unit office = context.units().add("办公室", UnitKind.SECTION, List.of());
        model.openText(PLAN, () -> { });
        ReviewItem first = model.items().get(1);
        first.responsibleProperty().set("各科室、局机关党委");
        model.unitsEdited();
        first.deadlineProperty().set("10月底前");
        model.deadlineEdited(first);
        assertEquals(LocalDate.of(2025, 10, 31), first.dueDateProperty().get());
        model.link("局办公室", office);
        model.addToDirectory("局机关党委");
        model.items().get(3).includedProperty().set(false);
        AtomicLong saved = new AtomicLong(-1);

        model.save(saved::set);

        assertTrue(saved.get() > 0, model.messageProperty().get());
        PlanSummary plan = context.plans().plans().get(0);
        assertEquals(2, plan.tasks());
        List<TrackedTask> tasks = PlanTracking.tasksOnly(context.plans().items(plan.id()));
        TrackedTask t = tasks.get(0);
        assertEquals("10月底前", t.deadlinePhrase());
        assertEquals(LocalDate.of(2025, 10, 31), t.dueDate());
        TaskUnit lead = t.unitsIn(UnitRole.LEAD).get(0);
        assertEquals("局办公室", lead.nameWritten());
        assertEquals("办公室", lead.unitName());
        assertEquals(List.of("各科室", "局机关党委"), t.unitsIn(UnitRole.RESPONSIBLE).stream().map(TaskUnit::nameWritten).toList());
        assertEquals("局机关党委", t.unitsIn(UnitRole.RESPONSIBLE).get(1).unitName());
        assertTrue(context.units().match("局办公室").isPresent(), "the name linked is remembered as an alias");
        assertFalse(model.loadedProperty().get());
    }

    @Test
    void a_missing_year_is_shown_under_its_field_and_nothing_is_stored() {
        model.openText("某局政务公开工作方案\n一、任务\n（一）做好公开。（办公室负责）", () -> { });
        assertEquals("", model.yearProperty().get());

        model.save(id -> { });

        assertFalse(model.yearErrorProperty().get().isEmpty());
        assertEquals(List.of(), context.plans().plans());
        model.yearProperty().set("2024");
        model.save(id -> { });
        assertEquals(2024, context.plans().plans().get(0).year());
    }

    @Test
    void changing_the_year_redates_phrases_without_a_year_but_keeps_typed_dates() {
        model.openText(PLAN, () -> { });
        ReviewItem first = model.items().get(1);
        ReviewItem second = model.items().get(2);
        second.deadlineProperty().set("年底前");
        model.deadlineEdited(second);
        assertTrue(model.setDueDate(second, "2025.11.15"));

        model.yearProperty().set("2026");

        assertEquals(LocalDate.of(2026, 9, 30), first.dueDateProperty().get());
        assertEquals(LocalDate.of(2025, 11, 15), second.dueDateProperty().get());
        assertFalse(model.setDueDate(second, "2025-02-30"));
        assertFalse(model.dueDateErrorProperty().get().isEmpty());
    }

    @Test
    void an_unreadable_file_gives_a_message_and_no_review() throws Exception {
        Path broken = Files.write(dir.resolve("方案.docx"), new byte[] {'P', 'K', 3, 4, 1, 2});
        model.open(broken, () -> { });
        assertFalse(model.loadedProperty().get());
        assertTrue(model.messageProperty().get().contains("无法读取 Word 文件"), model.messageProperty().get());
        assertNull(model.selectedProperty().get());
    }
}
