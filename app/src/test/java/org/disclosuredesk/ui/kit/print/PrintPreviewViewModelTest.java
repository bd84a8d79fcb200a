// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestFilter;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.shared.print.PageImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print preview of the demo office's documents, up to the printer: the pages are the PDF's pages at
 * the screen's resolution (A4 portrait for the report and a 登记表, landscape for the 任务分工表); printing
 * sends each page again at printer resolution; no printer, or a cancelled print dialog, is said in Chinese.
 */
class PrintPreviewViewModelTest {

    /** A4 at 96 dpi. */
    private static final int SHORT = 794;
    private static final int LONG = 1123;

    @TempDir
    static Path dir;
    static AppContext context;

    @BeforeAll
    static void demo() {
        context = new AppContext(Database.open(dir.resolve("demo.db")),
                Clock.fixed(Instant.parse("2026-02-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        new DemoOffice(context).fill(2025, BackgroundTask.Progress.NONE);
        blockedBeforeDraft = preview(() -> context.reportExporter().printable(2025, true), new RecordingPrinter(true, true));
        context.report().saveNarrative(2025, context.report().generateDraft(2025), true);
    }

    static PrintPreviewViewModel blockedBeforeDraft;

    @AfterAll
    static void close() {
        context.close();
    }

    /** A printer that keeps what it is sent. */
    static final class RecordingPrinter implements PagePrinter {
        final boolean present;
        final boolean accept;
        final List<PageImage> printed = new ArrayList<>();
        int dialogs;
        boolean ended;

        RecordingPrinter(boolean present, boolean accept) {
            this.present = present;
            this.accept = accept;
        }

        @Override
        public boolean hasPrinter() {
            return present;
        }

        @Override
        public Optional<Job> choose(Window owner, String jobName) {
            dialogs++;
            if (!accept) {
                return Optional.empty();
            }
            return Optional.of(new Job() {
                @Override
                public boolean print(PageImage page) {
                    printed.add(page);
                    return true;
                }

                @Override
                public boolean end() {
                    ended = true;
                    return true;
                }

                @Override
                public void cancel() {
                }
            });
        }
    }

    private static PrintPreviewViewModel preview(Callable<byte[]> pdf, PagePrinter printer) {
        PrintPreviewViewModel model = new PrintPreviewViewModel(pdf, "测试", new CurrentThreadTaskExecutor(), printer);
        model.load();
        return model;
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void the_reports_preview_shows_every_page_of_its_pdf_as_a4_portrait() throws IOException {
        byte[] pdf = context.reportExporter().printable(2025, true);
        PrintPreviewViewModel model = preview(() -> pdf, new RecordingPrinter(true, true));
        assertFalse(model.failedProperty().get(), model.messageProperty().get());
        assertTrue(pageCount(pdf) >= 4, "title, narrative and three tables");
        assertEquals(pageCount(pdf), model.pages().size());
        for (PageImage p : model.pages()) {
            assertEquals(SHORT, p.width(), 1);
            assertEquals(LONG, p.height(), 1);
            assertFalse(p.landscape());
        }
        assertEquals("第 1 页，共 " + model.pages().size() + " 页", model.pageLabel().get());
        assertTrue(model.canPrintProperty().get());
        assertTrue(text(pdf).contains("2025年政府信息公开工作年度报告"));
    }

    @Test
    void the_task_table_prints_in_landscape() throws IOException {
        long plan = context.plans().plans().get(0).id();
        byte[] pdf = context.plans().taskTablePdf(plan);
        PrintPreviewViewModel model = preview(() -> pdf, new RecordingPrinter(true, true));
        assertEquals(pageCount(pdf), model.pages().size());
        PageImage first = model.pages().get(0);
        assertTrue(first.landscape());
        assertEquals(LONG, first.width(), 1);
        assertEquals(SHORT, first.height(), 1);
        assertTrue(text(pdf).contains("任务分工表"));
    }

    @Test
    void a_requests_record_holds_its_number_dates_steps_and_a_masked_id() throws IOException {
        Request r = context.requests().list(RequestFilter.year(2025)).stream().map(v -> v.request())
                .filter(q -> q.isDecided() && !q.events().isEmpty() && q.applicant().idNumber() != null
                        && !q.applicant().idNumber().equals(q.applicant().maskedIdNumber()))
                .findFirst().orElseThrow();
        byte[] pdf = context.requests().recordPdf(r.id());
        PrintPreviewViewModel model = preview(() -> pdf, new RecordingPrinter(true, true));
        assertEquals(1, model.pages().size());
        assertFalse(model.pages().get(0).landscape());
        String text = text(pdf).replace("\n", "");
        assertTrue(text.contains("政府信息公开申请登记表"));
        assertTrue(text.contains(r.number().text()), r.number().text());
        assertTrue(text.contains(r.receivedOn().toString()));
        assertTrue(text.contains(r.result().fullLabel().replace(" ", "").substring(0, 4)));
        assertTrue(text.contains(r.events().get(0).kind().label()));
        assertFalse(text.contains(r.applicant().idNumber()), "a person's ID number is masked");
        assertTrue(text.contains(r.applicant().maskedIdNumber()));
    }

    @Test
    void printing_sends_every_page_at_printer_resolution_and_ends_the_job() {
        RecordingPrinter printer = new RecordingPrinter(true, true);
        long plan = context.plans().plans().get(0).id();
        PrintPreviewViewModel model = preview(() -> context.plans().taskTablePdf(plan), printer);
        model.print(null);
        assertEquals(1, printer.dialogs);
        assertEquals(model.pages().size(), printer.printed.size());
        assertTrue(printer.ended);
        // 200 dpi: 297 mm is 2339 pixels.
        assertEquals(2339, printer.printed.get(0).width(), 1);
        assertEquals("已送往打印机，共 " + model.pages().size() + " 页。", model.messageProperty().get());
    }

    @Test
    void a_cancelled_print_dialog_prints_nothing() {
        RecordingPrinter printer = new RecordingPrinter(true, false);
        long plan = context.plans().plans().get(0).id();
        PrintPreviewViewModel model = preview(() -> context.plans().taskTablePdf(plan), printer);
        model.print(null);
        assertEquals(1, printer.dialogs);
        assertEquals(List.of(), printer.printed);
        assertEquals("已取消打印。", model.messageProperty().get());
    }

    @Test
    void without_a_printer_the_preview_shows_and_says_so_in_chinese() {
        RecordingPrinter printer = new RecordingPrinter(false, true);
        long plan = context.plans().plans().get(0).id();
        PrintPreviewViewModel model = preview(() -> context.plans().taskTablePdf(plan), printer);
        assertFalse(model.pages().isEmpty());
        assertFalse(model.canPrintProperty().get());
        assertTrue(model.messageProperty().get().startsWith("本机没有安装打印机"), model.messageProperty().get());
        model.print(null);
        assertEquals(0, printer.dialogs, "no print dialog without a printer");
    }

    @Test
    void pages_turn_within_the_document() {
        PrintPreviewViewModel model = preview(() -> context.reportExporter().printable(2025, false), new RecordingPrinter(true, true));
        int last = model.pages().size() - 1;
        assertTrue(model.atFirstProperty().get());
        model.previous();
        assertEquals(0, model.currentProperty().get());
        for (int i = 0; i < last + 3; i++) {
            model.next();
        }
        assertEquals(last, model.currentProperty().get());
        assertTrue(model.atLastProperty().get());
        model.show(1);
        assertEquals("第 2 页，共 " + (last + 1) + " 页", model.pageLabel().get());
    }

    @Test
    void a_report_that_export_would_refuse_is_not_printed_either() {
        assertTrue(blockedBeforeDraft.failedProperty().get());
        assertTrue(blockedBeforeDraft.messageProperty().get().contains("不能导出"), blockedBeforeDraft.messageProperty().get());
        assertTrue(blockedBeforeDraft.pages().isEmpty());
    }

    @Test
    void a_document_that_cannot_be_written_leaves_a_chinese_message() {
        PrintPreviewViewModel model = preview(() -> {
            throw new org.disclosuredesk.shared.UserError("找不到该工作方案。");
        }, new RecordingPrinter(true, true));
        assertTrue(model.failedProperty().get());
        assertEquals("找不到该工作方案。", model.messageProperty().get());
        assertFalse(model.canPrintProperty().get());
    }
}
