// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.disclosuredesk.report.export.ReportFileType;
import org.disclosuredesk.report.export.ReportPdfRequest;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置 → 报告落款 ends the PDF and the .docx with the organ over the date; the clerk may leave it off. */
class ReportSignatureTest {

    @TempDir
    static Path dir;
    static TestLedger ledger;

    @BeforeAll
    static void open() {
        ledger = TestLedger.open(dir);
        TestLedger.standardYear(ledger, 2025);
        ReportService service = ledger.context.report();
        service.saveNarrative(2025, service.generateDraft(2025), true);
        OrgSettings s = ledger.context.settings().current();
        ledger.context.settings().save(new OrgSettings(s.officeName(), s.organName(), "示例县人民政府办公室", s.requestNumberPrefix(),
                s.dueSoonWorkingDays(), s.interpretationWorkingDays(), s.indexNumberPattern(), s.operatorName()));
    }

    @AfterAll
    static void close() {
        ledger.context.close();
    }

    private Path export(ReportFileType type, String name, boolean signed) {
        Path file = dir.resolve(name + type.extension());
        ledger.context.reportExporter().export(ReportPdfRequest.of(2025, type, file, false, true, signed), BackgroundTask.Progress.NONE);
        return file;
    }

    private static String pdfText(Path pdf) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i), new SimpleTextExtractionStrategy())).append('\n');
            }
        }
        return sb.toString().replaceAll("\\s+", "");
    }

    @Test
    void the_pdf_ends_with_the_organ_and_the_date_and_is_otherwise_unchanged() throws Exception {
        String signed = pdfText(export(ReportFileType.PDF, "signed", true)).replaceAll("—\\d+—", "");
        String unsigned = pdfText(export(ReportFileType.PDF, "unsigned", false)).replaceAll("—\\d+—", "");
        assertTrue(signed.endsWith("示例县人民政府办公室2026年1月15日"), signed.substring(signed.length() - 60));
        assertFalse(unsigned.contains("2026年1月15日"));
        assertTrue(signed.indexOf("（二）改进情况") < signed.indexOf("六、其他需要报告的事项"),
                "the paragraph kept for the 落款 stays in its own section");
        assertEquals(unsigned, signed.substring(0, signed.length() - "示例县人民政府办公室2026年1月15日".length()),
                "the rest of the report's text is identical");
        String copy = System.getProperty("report.pdf.copy");
        if (copy != null) {
            Files.copy(dir.resolve("signed.pdf"), Path.of(copy), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void the_docx_ends_with_the_organ_over_the_date_right_aligned() throws Exception {
        List<XWPFParagraph> signed = paragraphs(export(ReportFileType.DOCX, "signed", true));
        List<XWPFParagraph> unsigned = paragraphs(export(ReportFileType.DOCX, "unsigned", false));
        XWPFParagraph organ = signed.get(signed.size() - 2);
        XWPFParagraph date = signed.get(signed.size() - 1);
        assertEquals("示例县人民政府办公室", organ.getText());
        assertEquals("2026年1月15日", date.getText());
        assertEquals(ParagraphAlignment.RIGHT, date.getAlignment());
        assertTrue(date.getIndentationRight() > 0, "four characters in from the right");
        assertEquals(signed.size() - 2, unsigned.size());
        assertEquals(texts(unsigned), texts(signed.subList(0, signed.size() - 2)));
    }

    private static List<XWPFParagraph> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return List.copyOf(doc.getParagraphs());
        }
    }

    private static List<String> texts(List<XWPFParagraph> ps) {
        return ps.stream().map(XWPFParagraph::getText).collect(Collectors.toList());
    }
}
