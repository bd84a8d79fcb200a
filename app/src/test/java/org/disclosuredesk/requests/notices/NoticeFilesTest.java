// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.notices.NoticeFileType;
import org.disclosuredesk.report.export.NoticeDocxWriter;
import org.disclosuredesk.report.export.NoticeFileWriter;
import org.disclosuredesk.report.export.NoticePdfWriter;
import org.disclosuredesk.report.export.ReportFonts;
import org.disclosuredesk.requests.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notice type issued for a demo request, written as PDF and .docx and read back: the title, the
 * number, the addressee, the dates, the article and the seal line must come out of the file itself.
 * {@code -Dnotices.samples=DIR} keeps the PDFs for a look with pdftoppm.
 */
class NoticeFilesTest {

    @TempDir
    static Path dir;
    static NoticeScenario s;
    static final List<IssuedNotice> issued = new ArrayList<>();
    static final NoticeFiles exporter = new NoticeFileWriter(new NoticePdfWriter(new ReportFonts(face -> Optional.empty())),
            new NoticeDocxWriter());

    @BeforeAll
    static void issueOneOfEach() {
        s = new NoticeScenario(dir.resolve("db"));
        issued.add(issue(s.received("张三", "2024年城区道路改造工程的立项批复"), NoticeKind.RECEIPT));
        issued.add(issue(s.correction(), NoticeKind.CORRECTION));
        issued.add(issue(s.extension(), NoticeKind.EXTENSION));
        issued.add(issue(s.consultation(), NoticeKind.CONSULTATION));
        issued.add(issue(s.fee(), NoticeKind.FEE));
        for (ResultRow row : ResultRow.values()) {
            issued.add(issue(s.closedWith(row), NoticeKind.REPLY));
        }
    }

    @AfterAll
    static void closeDb() {
        s.close();
    }

    private static IssuedNotice issue(Request r, NoticeKind kind) {
        NoticeChoice c = s.notices.entries(r.id()).stream().map(NoticeService.Entry::choice)
                .filter(x -> x.type().kind() == kind).findFirst().orElseThrow();
        return s.notices.issue(r.id(), c);
    }

    @Test
    void every_notice_pdf_reads_back_with_its_title_number_addressee_dates_article_and_seal_line() throws IOException {
        String keep = System.getProperty("notices.samples");
        for (IssuedNotice n : issued) {
            Path pdf = dir.resolve(NoticeFileType.PDF.fileName(n));
            exporter.write(n.text(), pdf, NoticeFileType.PDF);
            String text = pdfText(pdf);
            String label = n.type().label();
            assertTrue(text.contains(n.text().title()), label + " title\n" + text);
            assertTrue(text.contains(n.number().text()), label + " number\n" + text);
            assertTrue(text.contains(n.text().addressee() + "："), label + " addressee\n" + text);
            assertTrue(text.contains(NoticeScenario.ORGAN) && text.contains("2025年4月1日"), label + " seal line\n" + text);
            assertTrue(text.contains("2025年3月5日"), label + " date of receipt\n" + text);
            String article = n.type().row() == null ? articleOf(n.type().kind()) : n.type().row().article();
            assertTrue(article.isEmpty() || text.contains(article), label + " cites " + article + "\n" + text);
            if (keep != null) {
                Files.createDirectories(Path.of(keep));
                Files.copy(pdf, Path.of(keep).resolve(n.type().code() + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String articleOf(NoticeKind kind) {
        switch (kind) {
            case RECEIPT: return "第三十一条";
            case CORRECTION: return "第三十条";
            case EXTENSION: return "第三十三条第二款";
            case CONSULTATION: return "第三十二条";
            case FEE: return "第四十二条";
            default: return "";
        }
    }

    @Test
    void the_pdf_embeds_its_cjk_fonts_and_pdftotext_reads_the_chinese() throws Exception {
        IssuedNotice n = issued.get(1);
        Path pdf = dir.resolve("补正.pdf");
        exporter.write(n.text(), pdf, NoticeFileType.PDF);
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfDictionary fonts = doc.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName key : fonts.keySet()) {
                PdfFont font = com.itextpdf.kernel.font.PdfFontFactory.createFont(fonts.getAsDictionary(key));
                assertTrue(font.isEmbedded(), "embedded: " + font.getFontProgram().getFontNames().getFontName());
            }
        }
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "pdftotext is not installed");
            return;
        }
        String extracted;
        try (InputStream in = p.getInputStream()) {
            extracted = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        }
        assertEquals(0, p.waitFor());
        assertTrue(extracted.contains("政府信息公开申请补正告知书"), extracted);
        assertTrue(extracted.contains("李四："), extracted);
        assertTrue(extracted.contains("政公开补〔2025〕第1号"), extracted);
        assertTrue(extracted.contains("请您于2025年4月10日前向本机关提交补正后的申请"), extracted);
    }

    @Test
    void the_docx_carries_the_same_text() throws IOException {
        IssuedNotice n = issued.get(issued.size() - 1);
        Path docx = dir.resolve(NoticeFileType.DOCX.fileName(n));
        exporter.write(n.text(), docx, NoticeFileType.DOCX);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            assertTrue(text.contains(n.text().title()) && text.contains(n.number().text()), text);
            for (String para : n.text().paragraphs()) {
                assertTrue(text.contains(para), para);
            }
            assertTrue(text.contains(NoticeScenario.ORGAN) && text.contains("2025年4月1日"), text);
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i), new LocationTextExtractionStrategy()));
            }
        }
        return sb.toString().replaceAll("\\s+", "");
    }
}
