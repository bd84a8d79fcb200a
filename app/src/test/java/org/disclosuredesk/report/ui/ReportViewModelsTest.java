// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.TestLedger;
import org.disclosuredesk.report.export.ReportFileType;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.RecordingOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report screen's view models on a real database, with a same-thread executor (no toolkit, no sleeps). */
class ReportViewModelsTest {

    @TempDir
    Path dir;
    private TestLedger ledger;
    private ReportViewModel model;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        TestLedger.standardYear(ledger, 2025);
        model = new ReportViewModel(ledger.context.report(), executor, ledger.context.clock());
    }

    @AfterEach
    void tearDown() {
        ledger.context.close();
    }

    @Test
    void in_january_the_year_just_ended_is_chosen_and_computed() {
        model.loadYears();
        assertEquals(2025, model.yearProperty().get());
        assertTrue(model.years().containsAll(List.of(2025, 2024)), model.years().toString());
        assertEquals(25, model.report().tables().requestsTotal("new"));
        assertEquals(12, model.loadedProperty().get().months().length == 2 ? model.loadedProperty().get().months()[0].length : 0);
    }

    @Test
    void selecting_a_figure_lists_the_records_behind_it() {
        model.loadYears();
        model.select(CellRef.requests("4.1", ApplicantColumns.TOTAL));
        assertEquals(2, model.evidence().size());
        assertEquals("表三「（四）无法提供 1.本机关不掌握相关政府信息」行「总计」列：共 2 件", model.evidenceTitleProperty().get());
    }

    @Test
    void a_check_result_highlights_its_cells_and_opens_the_first() {
        model.loadYears();
        CellRef carried = CellRef.requests("carried_in", ApplicantColumns.TOTAL);
        model.highlight(List.of(carried, CellRef.requests("new", ApplicantColumns.TOTAL)));
        assertEquals(carried, model.selectedCellProperty().get());
        assertEquals(3, model.evidence().size());
    }

    @Test
    void the_narrative_is_drafted_edited_and_saved() {
        AtomicInteger saved = new AtomicInteger();
        NarrativeViewModel n = new NarrativeViewModel(ledger.context.report(), executor, saved::incrementAndGet);
        n.load(2025, Narrative.EMPTY, false);
        assertFalse(n.isDirty());
        n.generateDraft();
        assertTrue(n.overviewProperty().get().contains("本年度新收政府信息公开申请25件"));
        assertTrue(n.isDirty());
        n.problemsProperty().set("（一）存在的主要问题。人手不足。\n（二）改进情况。增加人手。");
        n.save();
        assertFalse(n.isDirty());
        assertEquals(1, saved.get());
        assertEquals("（一）存在的主要问题。人手不足。\n（二）改进情况。增加人手。",
                ledger.context.report().draft(2025).orElseThrow().narrative().problems());
    }

    @Test
    void a_locked_years_narrative_cannot_be_changed() {
        ledger.context.database().inTransaction(() -> ledger.context.yearLocks().lock(2025));
        NarrativeViewModel n = new NarrativeViewModel(ledger.context.report(), executor, () -> { });
        n.load(2025, Narrative.EMPTY, true);
        assertFalse(n.editableProperty().get());
        n.overviewProperty().set("改动");
        n.save();
        assertTrue(n.messageProperty().get().contains("已锁定"), n.messageProperty().get());
        assertTrue(ledger.context.report().draft(2025).isEmpty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "本年度……                             | （一）",
        "（一）主动公开。正文。\\n              | （二）",
        "（一）甲。\\n（二）乙。\\n（三）丙。     | （四）",
        "（九）甲。\\n                         | （十）",
        "（十）甲。\\n                         | （十一）",
    })
    void the_next_heading_follows_the_last_one(String before, String expected) {
        assertEquals(expected, NarrativeViewModel.nextHeading(before.replace("\\n", "\n").strip()));
    }

    @Test
    void warnings_are_confirmed_before_the_file_is_written() throws Exception {
        ledger.narrative(2025, "2025年，本机关依法做好政府信息公开工作。", "（一）存在的主要问题。解读不足。", "本年度未收取信息处理费。");
        ExportViewModel export = new ExportViewModel(ledger.context.reportExporter(), ledger.context.report(), executor, () -> { }, new RecordingOpener());
        Path pdf = dir.resolve("报告.pdf");
        // Without the yearly form the report has exactly one warning (table 二's form figures count as 0).
        ledger.context.database().inTransaction(() -> ledger.context.database().dsl().execute("delete from yearly_statistics where year = 2025"));
        assertEquals(1, ledger.context.report().build(2025).warnings().size());
        export.export(2025, ReportFileType.PDF, pdf);
        assertNotNull(export.pendingConfirmationProperty().get());
        assertFalse(Files.exists(pdf));
        export.confirm();
        assertNull(export.pendingConfirmationProperty().get());
        assertTrue(Files.size(pdf) > 10_000);
        assertEquals(pdf, export.lastFileProperty().get());
    }

    @Test
    void the_exported_file_opens_through_the_opener_the_screen_was_given() throws Exception {
        ledger.narrative(2025, "2025年，本机关依法做好政府信息公开工作。", "（一）存在的主要问题。解读不足。", "本年度未收取信息处理费。");
        RecordingOpener opener = new RecordingOpener();
        ExportViewModel export = new ExportViewModel(ledger.context.reportExporter(), ledger.context.report(), executor, () -> { }, opener);
        Path pdf = dir.resolve("打开.pdf");
        export.export(2025, ReportFileType.PDF, pdf);
        if (export.pendingConfirmationProperty().get() != null) {
            export.confirm();
        }
        export.openLastFile();
        export.showLastFileInFolder();
        assertEquals(List.of(pdf), opener.opened);
        assertEquals(List.of(pdf), opener.shownInFolder);
    }

    @Test
    void errors_block_the_export_with_the_list_of_what_is_wrong() {
        ExportViewModel export = new ExportViewModel(ledger.context.reportExporter(), ledger.context.report(), executor, () -> { }, new RecordingOpener());
        export.export(2025, ReportFileType.DOCX, dir.resolve("报告.docx"));
        assertTrue(export.failedProperty().get());
        assertTrue(export.statusProperty().get().contains("不能导出"), export.statusProperty().get());
        assertTrue(export.statusProperty().get().contains("五、存在的主要问题及改进情况"), export.statusProperty().get());
        assertFalse(Files.exists(dir.resolve("报告.docx")));
    }

    @Test
    void a_wrong_file_name_is_refused_before_anything_runs() {
        ExportViewModel export = new ExportViewModel(ledger.context.reportExporter(), ledger.context.report(), executor, () -> { }, new RecordingOpener());
        export.export(2025, ReportFileType.PDF, dir.resolve("报告.docx"));
        assertTrue(export.failedProperty().get());
        assertTrue(export.statusProperty().get().contains(".pdf"), export.statusProperty().get());
    }

    @Test
    void the_final_export_locks_the_year_and_an_audited_unlock_reopens_it() {
        ledger.narrative(2025, "2025年，本机关依法做好政府信息公开工作。", "（一）存在的主要问题。解读不足。", "本年度未收取信息处理费。");
        AtomicInteger changed = new AtomicInteger();
        ExportViewModel export = new ExportViewModel(ledger.context.reportExporter(), ledger.context.report(), executor, changed::incrementAndGet, new RecordingOpener());
        export.finalExportProperty().set(true);
        export.export(2025, ReportFileType.PDF, dir.resolve("定稿.pdf"));
        assertNull(export.pendingConfirmationProperty().get(), "no warnings to confirm");
        assertTrue(ledger.context.yearLocks().isLocked(2025));
        assertNotNull(ledger.context.report().draft(2025).orElseThrow().finalExportedAt());
        assertEquals(1, changed.get());

        export.unlock(2025, " ");
        assertTrue(export.failedProperty().get(), "a reason is required");
        export.unlock(2025, "更正一件申请的办结日期");
        assertFalse(ledger.context.yearLocks().isLocked(2025));
        assertTrue(ledger.context.report().draft(2025).orElseThrow().needsReexport());
        assertTrue(ledger.context.audit().history("year_lock", 2025).stream()
                .anyMatch(a -> a.summary() != null && a.summary().contains("更正一件申请的办结日期")));
        assertTrue(ledger.context.report().build(2025).warnings().stream()
                .anyMatch(f -> f.rule().equals("report.check.changed-since-final")));
    }
}
