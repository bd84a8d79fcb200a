// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.shared.ShippedFonts;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 任务分工表 PDF: a table with its header on every page, Chinese text extractable (font embedded). */
class TaskTablePdfWriterTest {

    @TempDir
    Path dir;

    private static TaskTableExport table(int tasks) {
        List<TaskTableExport.Row> rows = new ArrayList<>();
        rows.add(new TaskTableExport.Row(true, "", "二　重点任务", "", "", "", ""));
        for (int i = 1; i <= tasks; i++) {
            rows.add(new TaskTableExport.Row(false, String.valueOf(i), "做好财政预决算公开，各部门预算、决算在批复后20日内向社会公开。",
                    "县财政局", "县直各部门", "2025年5月底前", i % 2 == 0 ? "已完成（2025-05-20）" : "进行中"));
        }
        return new TaskTableExport("示例县2025年政务公开工作要点", rows);
    }

    @Test
    void writes_the_table_in_the_shipped_font_with_the_header_on_every_page() throws Exception {
        Path file = dir.resolve("分工表.pdf");
        new TaskTablePdfWriter(ShippedFonts.PDF_BODY::bytes).write(table(40), file);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "40 rows should need more than one landscape page");
            String first = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertTrue(first.contains("示例县2025年政务公开工作要点任务分工表"), first);
            assertTrue(first.contains("县财政局"), first);
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                String text = PdfTextExtractor.getTextFromPage(pdf.getPage(p));
                assertTrue(text.contains("牵头单位") && text.contains("完成情况"), "page " + p + ": " + text);
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void without_a_font_the_export_says_so_and_writes_nothing() {
        Path file = dir.resolve("分工表.pdf");
        UserError e = assertThrows(UserError.class, () -> new TaskTablePdfWriter(() -> null).write(table(1), file));
        assertTrue(e.getMessage().contains("中文字体"));
        assertFalse(Files.exists(file));
    }
}
