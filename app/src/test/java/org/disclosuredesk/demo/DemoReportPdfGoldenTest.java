// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.export.ReportFileType;
import org.disclosuredesk.report.export.ReportPdfRequest;
import org.disclosuredesk.shared.BackgroundTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo office's 2025 report PDF says exactly what it said when this golden text was written (issue 11:
 * a refactoring leaves the public text unchanged). demo + 生成初稿 + PDF on a fixed clock, as the CLI runs
 * them; the text is compared page by page. A change that is meant to change the report rewrites the golden file
 * with {@code -Ddemo.pdf.golden.update=app/src/test/resources/org/disclosuredesk/demo/demo-2025-report.golden.txt}
 * (an absolute path) and shows the difference in its commit.
 */
class DemoReportPdfGoldenTest {

    private static final String GOLDEN = "demo-2025-report.golden.txt";

    @TempDir
    Path dir;

    @Test
    void the_demo_report_pdf_text_is_unchanged() throws Exception {
        String text;
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("demo.db")),
                Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")))) {
            new DemoOffice(ctx).fill(2025, "某县人民政府办公室", BackgroundTask.Progress.NONE);
            ReportService report = ctx.report();
            report.saveNarrative(2025, report.generateDraft(2025), true);
            Path pdf = dir.resolve("report.pdf");
            ctx.reportExporter().export(ReportPdfRequest.of(2025, ReportFileType.PDF, pdf, false, true, true), BackgroundTask.Progress.NONE);
            text = pdfText(pdf);
        }
        String update = System.getProperty("demo.pdf.golden.update");
        if (update != null) {
            Files.writeString(Path.of(update), text, StandardCharsets.UTF_8);
        }
        try (InputStream in = DemoReportPdfGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), text);
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append("=== page ").append(i).append(" ===\n")
                        .append(PdfTextExtractor.getTextFromPage(doc.getPage(i), new LocationTextExtractionStrategy()).strip()).append('\n');
            }
        }
        return sb.toString();
    }
}
