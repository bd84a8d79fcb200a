// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.register.Documents.aDocument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.shared.ShippedFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** req~register.attachments~1: files are copied beside the database and their text is searchable. */
// [utest->req~register.attachments~1]
class AttachmentsTest {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private AppContext ctx;
    private RegisterService register;
    private long id;

    @BeforeEach
    void open() {
        ctx = RegisterFixture.open(dir);
        register = ctx.register();
        id = register.create(aDocument("关于印发某办法的通知").build());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void a_file_is_copied_into_the_data_folder_not_referenced_in_place() throws Exception {
        Path original = elsewhere.resolve("正文.txt");
        Files.writeString(original, "第一条 为了规范城市道路占用管理，制定本办法。", StandardCharsets.UTF_8);

        Attachment a = register.addAttachment(id, original);
        byte[] before = Files.readAllBytes(original);
        Files.delete(original);

        Path copy = register.attachmentFile(a);
        assertTrue(copy.startsWith(dir.resolve("attachments")), copy.toString());
        assertEquals("attachments/2025/" + id + "/正文.txt", a.storedPath());
        assertArrayEquals(before, Files.readAllBytes(copy));
        assertEquals(64, a.sha256().length());
        assertEquals(1, register.count(RegisterQuery.search("城市道路占用")));
    }

    @Test
    void gbk_text_files_are_read_as_gbk() throws Exception {
        Path original = elsewhere.resolve("通知.txt");
        Files.write(original, "各乡镇人民政府：现将农村饮水安全工作通知如下。".getBytes(Charset.forName("GBK")));
        register.addAttachment(id, original);
        assertEquals(1, register.count(RegisterQuery.search("农村饮水安全")));
    }

    @Test
    void docx_text_is_extracted_with_poi() throws Exception {
        Path original = elsewhere.resolve("办法.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(original)) {
            doc.createParagraph().createRun().setText("第二条 本办法适用于县城规划区内的户外广告设置。");
            doc.write(out);
        }
        register.addAttachment(id, original);
        assertEquals(1, register.count(RegisterQuery.search("户外广告设置")));
    }

    @Test
    void pdf_text_is_extracted_with_itext() throws Exception {
        Path original = elsewhere.resolve("scan.pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(original.toFile())); Document doc = new Document(pdf)) {
            doc.add(new Paragraph("Regulation on outdoor advertising, article seven."));
        }
        register.addAttachment(id, original);
        assertEquals(1, register.count(RegisterQuery.search("outdoor advertising")));
    }

    @Test
    void chinese_pdf_text_is_found_by_a_four_character_substring() throws Exception {
        Path original = elsewhere.resolve("办法正文.pdf");
        PdfFont font = PdfFontFactory.createFont(ShippedFonts.PDF_BODY.bytes(), PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(original.toFile())); Document doc = new Document(pdf)) {
            doc.add(new Paragraph("第三条 县城市管理部门负责本县城区户外广告设置的监督管理。").setFont(font));
        }
        register.addAttachment(id, original);
        assertEquals(1, register.count(RegisterQuery.search("户外广告")));
        assertEquals(1, register.count(RegisterQuery.search("监督管理")));
    }

    @Test
    void two_files_with_one_name_are_both_kept() throws Exception {
        Path a = elsewhere.resolve("正文.txt");
        Files.writeString(a, "甲乙丙丁戊");
        register.addAttachment(id, a);
        Files.writeString(a, "子丑寅卯辰");
        Attachment second = register.addAttachment(id, a);
        assertEquals("正文（2）.txt", second.fileName());
        assertEquals(2, register.details(id).orElseThrow().attachments().size());
        assertEquals(1, register.count(RegisterQuery.search("甲乙丙")));
        assertEquals(1, register.count(RegisterQuery.search("子丑寅")));
    }

    @Test
    void removing_an_attachment_removes_its_file_and_its_text_from_search() throws Exception {
        Path original = elsewhere.resolve("正文.txt");
        Files.writeString(original, "农田水利设施建设");
        Attachment a = register.addAttachment(id, original);
        register.removeAttachment(id, a.id());
        assertEquals(0, register.count(RegisterQuery.search("农田水利")));
        assertTrue(Files.notExists(register.attachmentFile(a)));
        assertEquals(0, register.details(id).orElseThrow().attachments().size());
    }

    @Test
    void other_files_are_kept_without_text() throws Exception {
        Path original = elsewhere.resolve("照片.jpg");
        Files.write(original, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Attachment a = register.addAttachment(id, original);
        assertEquals(5, a.sizeBytes());
        assertEquals(1, register.details(id).orElseThrow().entry().attachmentCount());
    }
}
