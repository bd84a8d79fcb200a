// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.shared.UnitKind;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, tracking and the year summary on a real migrated SQLite file. */
class PlanServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 10, 15);

    @TempDir
    Path dir;

    private AppContext context;
    private PlanService plans;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2020-10-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        plans = context.plans();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private long importSeed(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/plan/seeds/" + name)) {
            Files.copy(in, file);
        }
        return plans.importPlan(plans.read(file, null));
    }

    @Test
    void importing_stores_every_item_unit_and_target_in_document_order() throws Exception {
        context.units().add("党政办公室", UnitKind.SECTION, List.of("党政办"));
        long id = importSeed("004_b32853dd90e83484.txt");

        PlanSummary summary = plans.plans().get(0);
        assertEquals(id, summary.id());
        assertEquals(2020, summary.year());
        assertEquals(32, summary.tasks());
        List<TrackedTask> items = plans.items(id);
        assertEquals(List.of("三"), items.get(0).path());
        assertTrue(items.get(0).heading());
        TrackedTask t = items.stream().filter(x -> x.path().equals(List.of("三", "（四）", "11", "二是"))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2020, 12, 31), t.dueDate());
        assertEquals("2020年底前", t.deadlinePhrase());
        assertEquals(DeadlineKind.DATE, t.deadlineKind());
        TaskUnit lead = t.unitsIn(UnitRole.LEAD).get(0);
        assertEquals("党政办公室", lead.nameWritten());
        assertEquals("党政办公室", lead.unitName());
        assertTrue(context.audit().history("plan", id).get(0).summary().contains("任务 32 项"));
    }

    @Test
    void a_draft_without_a_year_is_refused_and_nothing_is_stored() {
        PlanDraft draft = plans.readText("一、任务\n（一）做好公开。（县政府办牵头）", null);
        assertNull(draft.year());
        ValidationError e = assertThrows(ValidationError.class, () -> plans.importPlan(draft));
        assertTrue(e.getMessage().contains("年度"), e.getMessage());
        assertEquals(List.of(), plans.plans());
    }

    @Test
    void a_locked_year_refuses_the_import() {
        context.yearLocks().lock(2020);
        PlanDraft draft = plans.readText("2020年政务公开工作方案\n一、任务\n（一）做好公开。（县政府办牵头）", null);
        assertThrows(UserError.class, () -> plans.importPlan(draft));
        assertEquals(List.of(), plans.plans());
    }

    @Test
    void status_changes_keep_the_completion_date_only_for_done_tasks() throws Exception {
        long id = importSeed("002_fca57c0aa2986d7a.txt");
        TrackedTask task = plans.items(id).stream().filter(t -> !t.heading()).findFirst().orElseThrow();

        TrackedTask done = plans.changeStatus(task.id(), TaskStatus.DONE, null);
        assertEquals(TODAY, done.completedOn());
        assertEquals(TaskStatus.DONE, done.status());
        TrackedTask reopened = plans.changeStatus(task.id(), TaskStatus.IN_PROGRESS, null);
        assertNull(reopened.completedOn());
        assertThrows(ValidationError.class, () -> plans.changeStatus(task.id(), TaskStatus.DONE, TODAY.plusDays(1)));
        assertTrue(context.audit().history("plan_task", task.id()).stream().anyMatch(a -> "已完成".equals(a.newValue())));
        TrackedTask heading = plans.items(id).get(0);
        assertThrows(UserError.class, () -> plans.changeStatus(heading.id(), TaskStatus.DONE, null));
    }

    @Test
    void a_progress_note_copies_its_evidence_next_to_the_database() throws Exception {
        long id = importSeed("002_fca57c0aa2986d7a.txt");
        TrackedTask task = plans.items(id).stream().filter(t -> !t.heading()).findFirst().orElseThrow();
        Path evidence = Files.writeString(dir.resolve("会议纪要.txt"), "纪要");

        ProgressNote note = plans.addProgress(task.id(), TODAY.minusDays(3), "已召开专题会议", evidence);
        Files.delete(evidence);

        Path copy = plans.evidenceFile(note);
        assertTrue(copy.startsWith(dir.resolve("evidence")), copy.toString());
        assertEquals("纪要", Files.readString(copy));
        assertEquals(List.of(note.id()), plans.progress(task.id()).stream().map(ProgressNote::id).toList());
        ValidationError e = assertThrows(ValidationError.class, () -> plans.addProgress(task.id(), TODAY.plusDays(1), " ", null));
        assertEquals(2, e.problems().size());
    }

    @Test
    void tracking_lists_overdue_and_due_soon_tasks_and_completion_by_unit() throws Exception {
        long id = importSeed("001_2dbf7a53f5788a50.txt");
        List<TrackedTask> items = plans.items(id);
        TrackedTask task8 = items.stream().filter(t -> t.path().equals(List.of("六", "32"))).findFirst().orElseThrow();
        plans.changeStatus(task8.id(), TaskStatus.DONE, LocalDate.of(2020, 8, 20));
        items = plans.items(id);

        List<TrackedTask> overdue = PlanTracking.overdue(items, TODAY);
        assertEquals(List.of("1", "11", "24", "31"), overdue.stream().map(t -> t.path().get(1)).toList());
        assertEquals(List.of(), PlanTracking.dueSoon(items, TODAY));
        assertEquals(List.of("5", "33"), PlanTracking.dueSoon(items, LocalDate.of(2020, 12, 1)).stream().map(t -> t.path().get(1)).toList());

        PlanTracking.UnitGroup departments = PlanTracking.byUnit(items).stream().filter(g -> g.unit().equals("各级政府部门")).findFirst().orElseThrow();
        assertEquals(5, departments.tasks().size());
        assertEquals(20, departments.completion().percent());
        PlanTracking.MonthGroup september = PlanTracking.byDueMonth(items).stream()
                .filter(g -> YearMonth.of(2020, 9).equals(g.month())).findFirst().orElseThrow();
        assertEquals(4, september.tasks().size());
        assertEquals(2, plans.plans().get(0).completionPercent());
    }

    @Test
    void the_year_summary_counts_the_years_tasks_and_names_the_done_ones() throws Exception {
        long id = importSeed("002_fca57c0aa2986d7a.txt");
        List<TrackedTask> tasks = PlanTracking.tasksOnly(plans.items(id));
        plans.changeStatus(tasks.get(0).id(), TaskStatus.DONE, LocalDate.of(2020, 9, 1));
        plans.changeStatus(tasks.get(1).id(), TaskStatus.IN_PROGRESS, null);
        plans.changeStatus(tasks.get(2).id(), TaskStatus.NOT_APPLICABLE, null);

        YearSummary s = plans.yearSummary(2020);
        assertEquals(1, s.plans());
        assertEquals(11, s.tasks());
        assertEquals(1, s.done());
        assertEquals(1, s.inProgress());
        assertEquals(8, s.notStarted());
        assertEquals(List.of("提升政务服务便利度"), s.doneTitles());
        assertEquals("2020年政务公开工作方案共部署任务11项，已完成1项（完成率10%），正在推进1项，尚未启动8项。", s.sentence());
        assertEquals(0, plans.yearSummary(2019).plans());
    }

    @Test
    void the_task_table_exports_to_xlsx_with_its_six_columns() throws Exception {
        long id = importSeed("000_aaf467e61dda3a45.txt");
        Path file = dir.resolve("out").resolve("分工表.xlsx");

        plans.exportTaskTableXlsx(id, file);

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("序号", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("完成情况", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals("三　重点分工", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("1", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("综合处", sheet.getRow(3).getCell(2).getStringCellValue());
            assertEquals("各处", sheet.getRow(3).getCell(3).getStringCellValue());
            assertEquals("每年", sheet.getRow(3).getCell(4).getStringCellValue());
            assertEquals("未开始", sheet.getRow(3).getCell(5).getStringCellValue());
            assertEquals(2 + 2 + 8, sheet.getLastRowNum() + 1);
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void the_task_table_pdf_keeps_a_completion_date_whole_under_its_status() throws Exception {
        long id = importSeed("000_aaf467e61dda3a45.txt");
        TrackedTask task = plans.items(id).stream().filter(t -> !t.heading()).findFirst().orElseThrow();
        plans.changeStatus(task.id(), TaskStatus.DONE, LocalDate.of(2020, 9, 28));
        Path file = dir.resolve("分工表.pdf");

        plans.exportTaskTablePdf(id, file);

        try (com.itextpdf.kernel.pdf.PdfDocument pdf = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(file.toFile()))) {
            String text = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            // The 完成情况 column is narrow: 已完成（2020-09-28） used to break inside the date.
            assertTrue(text.contains("2020-09-28") && text.contains("已完成"), text);
            assertTrue(text.contains("综合处") && text.contains("新闻文化处"), text);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(exportXlsx(id)))) {
            assertEquals("已完成\n2020-09-28", book.getSheetAt(0).getRow(3).getCell(5).getStringCellValue());
            assertTrue(book.getSheetAt(0).getRow(3).getCell(5).getCellStyle().getWrapText());
        }
    }

    private Path exportXlsx(long id) {
        Path file = dir.resolve("分工表.xlsx");
        plans.exportTaskTableXlsx(id, file);
        return file;
    }

    @Test
    void deleting_a_plan_removes_its_tasks() throws Exception {
        long id = importSeed("000_aaf467e61dda3a45.txt");
        plans.deletePlan(id);
        assertEquals(List.of(), plans.plans());
        assertFalse(context.audit().history("plan", id).isEmpty());
        assertEquals(List.of(), plans.itemsOfYears(List.of()));
    }
}
