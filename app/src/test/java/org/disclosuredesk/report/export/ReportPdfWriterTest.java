// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportTestLedgers;
import org.disclosuredesk.report.format.CommonLabels;
import org.disclosuredesk.report.format.GridCell;
import org.disclosuredesk.report.format.ReportGrid;
import org.disclosuredesk.report.format.ReportGrids;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.shared.BackgroundTask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the hand-made year's report into a temporary folder and reads the PDF back: text, fonts, metadata.
 * {@code -Dreport.pdf.copy=FILE} keeps a copy to look at (pdftoppm).
 */
class ReportPdfWriterTest {

    @TempDir
    static Path dir;
    static Report report;
    static Path pdf;
    static String text;

    @BeforeAll
    static void writeOnce() throws IOException {
        report = ReportTestLedgers.draftedAndSaved2025(dir.resolve("db")).report();
        pdf = dir.resolve("年度报告.pdf");
        new ReportPdfWriter(new ReportFonts(face -> Optional.empty())).write(report, pdf, BackgroundTask.Progress.NONE);
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i), new SimpleTextExtractionStrategy())).append('\n');
            }
        }
        text = sb.toString().replaceAll("\\s+", "");
        String copy = System.getProperty("report.pdf.copy");
        if (copy != null) {
            Files.copy(pdf, Path.of(copy), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void every_label_comes_back_as_text() {
        for (ReportSection s : ReportSection.values()) {
            assertTrue(text.contains(s.title()), s.title());
        }
        for (ResultRow r : ResultRow.values()) {
            assertTrue(text.contains(r.group().label()), r.group().label());
            if (r.itemLabel() != null) {
                assertTrue(text.contains(r.itemLabel()), r.itemLabel());
            }
        }
        assertTrue(text.contains(CommonLabels.REQUESTS_CORNER));
        assertTrue(text.contains("示例县人民政府2025年政府信息公开工作年度报告"), "the title");
        assertTrue(text.contains("—1—"), "page numbers");
    }

    /**
     * The labels come back through poppler's pdftotext too, as a clerk or another tool would extract them
     * (in content order: the default layout mode interleaves the lines of neighbouring multi-line cells,
     * as it does for any PDF table). Skipped where poppler-utils is not installed.
     */
    @Test
    void pdftotext_gives_every_label_back() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "pdftotext is not installed");
            return;
        }
        String extracted = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertEquals(0, p.waitFor());
        assertTrue(extracted.contains(report.title()), "the title");
        for (ReportSection s : ReportSection.values()) {
            assertTrue(extracted.contains(s.title()), s.title());
        }
        for (ReportGrid grid : ReportGrids.all(report.format(), report.tables()::value)) {
            for (GridCell c : grid.cells()) {
                if (!c.isNumber()) {
                    assertTrue(extracted.contains(c.text().replaceAll("\\s+", "")), "label " + c.text());
                }
            }
        }
    }

    @Test
    void fonts_are_embedded_as_subsets() throws IOException {
        Set<String> fonts = new HashSet<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPdfObjects(); i++) {
                if (doc.getPdfObject(i) instanceof PdfDictionary) {
                    PdfDictionary d = (PdfDictionary) doc.getPdfObject(i);
                    if (PdfName.FontDescriptor.equals(d.getAsName(PdfName.Type))) {
                        String name = d.getAsName(PdfName.FontName).getValue();
                        assertTrue(d.containsKey(PdfName.FontFile2) || d.containsKey(PdfName.FontFile3), name + " embedded");
                        assertTrue(name.matches("[A-Z]{6}\\+.*"), name + " is a subset");
                        fonts.add(name.substring(7));
                    }
                }
            }
        }
        assertTrue(fonts.size() >= 4, "title, body, heading and Kai faces: " + fonts);
    }

    @Test
    void title_and_author_are_set() throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            assertEquals("示例县人民政府2025年政府信息公开工作年度报告", doc.getDocumentInfo().getTitle());
            assertEquals("示例县人民政府", doc.getDocumentInfo().getAuthor());
            assertTrue(doc.getNumberOfPages() >= 3);
        }
    }

    @Test
    void no_temporary_file_is_left_beside_the_report() throws IOException {
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
