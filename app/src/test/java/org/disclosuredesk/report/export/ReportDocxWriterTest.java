// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportTestLedgers;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.shared.BackgroundTask;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDocxWriterTest {

    @TempDir
    static Path dir;
    static XWPFDocument doc;

    @BeforeAll
    static void writeOnce() throws IOException {
        Report report = ReportTestLedgers.draftedAndSaved2025(dir.resolve("db")).report();
        Path file = dir.resolve("年度报告.docx");
        new ReportDocxWriter().write(report, file, BackgroundTask.Progress.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
        String copy = System.getProperty("report.docx.copy");
        if (copy != null) {
            Files.copy(file, Path.of(copy), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void the_text_holds_the_title_sections_and_labels() throws IOException {
        // Not closed: closing the extractor would close the document the other tests read.
        String text = new XWPFWordExtractor(doc).getText();
        assertTrue(text.contains("示例县人民政府"));
        assertTrue(text.contains("2025年政府信息公开工作年度报告"));
        for (ReportSection s : ReportSection.values()) {
            assertTrue(text.contains(s.title()), s.title());
        }
        for (ResultRow r : ResultRow.values()) {
            assertTrue(text.contains(r.fullLabel().replace(" ", "")) || text.contains(r.group().label()), r.fullLabel());
        }
        assertEquals("示例县人民政府2025年政府信息公开工作年度报告", doc.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void table_three_merges_cells_as_the_format_spans_them() {
        XWPFTable three = doc.getTables().get(1);
        assertEquals(3 + 25, three.getNumberOfRows());
        XWPFTableCell corner = three.getRow(0).getCell(0);
        assertEquals(3, corner.getCTTc().getTcPr().getGridSpan().getVal().intValue());
        assertTrue(corner.getText().startsWith("（本列数据的勾稽关系为"));
        assertEquals(7, three.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
        // 三、本年度办理结果 starts a vertical merge over the 22 result rows.
        XWPFTableCell results = three.getRow(5).getCell(0);
        assertEquals("三、本年度办理结果", results.getText());
        assertEquals("restart", results.getCTTc().getTcPr().getVMerge().getVal().toString());
        assertTrue(three.getRow(0).isRepeatHeader() && three.getRow(2).isRepeatHeader() && !three.getRow(3).isRepeatHeader());
        assertTrue(three.getRow(10).isCantSplitRow());
    }

    @Test
    void table_four_has_fifteen_figures_in_one_row() {
        XWPFTable four = doc.getTables().get(2);
        List<String> figures = four.getRow(3).getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.toList());
        assertEquals(List.of("1", "0", "0", "2", "3", "0", "1", "0", "0", "1", "0", "0", "1", "0", "1"), figures);
    }

    @Test
    void the_page_is_a4_with_the_gb9704_margins() {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertEquals("11906", sect.getPgSz().getW().toString());
        assertEquals("16838", sect.getPgSz().getH().toString());
        // 37, 35, 28, 26 mm in twentieths of a point.
        assertEquals("2098", sect.getPgMar().getTop().toString());
        assertEquals("1984", sect.getPgMar().getBottom().toString());
        assertEquals("1587", sect.getPgMar().getLeft().toString());
        assertEquals("1474", sect.getPgMar().getRight().toString());
    }

    @Test
    void each_kind_of_text_asks_word_for_its_face_and_size() {
        XWPFRun organ = runStarting("示例县人民政府");
        assertEquals("宋体", organ.getFontFamily(XWPFRun.FontCharRange.eastAsia));
        assertTrue(organ.isBold());
        assertEquals(22.0, organ.getFontSizeAsDouble(), 0.01, "title 二号");
        for (ReportSection s : ReportSection.values()) {
            XWPFRun heading = runStarting(s.title());
            assertEquals("黑体", heading.getFontFamily(XWPFRun.FontCharRange.eastAsia), s.title());
            assertEquals(16.0, heading.getFontSizeAsDouble(), 0.01);
        }
        assertEquals("楷体", runStarting("（一）主动公开。").getFontFamily(XWPFRun.FontCharRange.eastAsia));
        XWPFRun body = runStarting("本报告根据");
        assertEquals("仿宋", body.getFontFamily(XWPFRun.FontCharRange.eastAsia));
        assertEquals(16.0, body.getFontSizeAsDouble(), 0.01, "body 三号");
    }

    @Test
    void pages_are_numbered_right_on_odd_and_left_on_even_pages() {
        assertTrue(doc.getEvenAndOddHeadings());
        XWPFParagraph odd = doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0);
        XWPFParagraph even = doc.getHeaderFooterPolicy().getEvenPageFooter().getParagraphs().get(0);
        assertEquals(ParagraphAlignment.RIGHT, odd.getAlignment());
        assertEquals(ParagraphAlignment.LEFT, even.getAlignment());
        for (XWPFParagraph p : List.of(odd, even)) {
            assertTrue(p.getCTP().xmlText().contains(" PAGE "), "a PAGE field");
            assertTrue(p.getText().startsWith("— ") && p.getText().endsWith(" —"), p.getText());
        }
    }

    @Test
    void table_two_keeps_each_block_together_and_table_three_keeps_its_header_with_a_row() {
        XWPFTable two = doc.getTables().get(0);
        for (int r = 0; r < two.getNumberOfRows(); r++) {
            boolean lastOfBlock = r + 1 == two.getNumberOfRows() || two.getRow(r + 1).getCell(0).getText().startsWith("第二十条");
            assertEquals(!lastOfBlock, keptWithNext(two.getRow(r)), "table 二 row " + r + ": " + two.getRow(r).getCell(0).getText());
        }
        XWPFTable three = doc.getTables().get(1);
        assertTrue(keptWithNext(three.getRow(0)) && keptWithNext(three.getRow(2)), "header rows go with the first row");
        assertFalse(keptWithNext(three.getRow(3)) || keptWithNext(three.getRow(10)), "the body may break between rows");
    }

    @Test
    void sections_are_heading_1_and_numbered_headings_heading_2_with_outline_levels() {
        XWPFStyles styles = doc.getStyles();
        assertStyle(styles.getStyle("Heading1"), "heading 1", "标题 1", 0, "黑体");
        assertStyle(styles.getStyle("Heading2"), "heading 2", "标题 2", 1, "楷体");
        assertEquals("正文", styles.getStyle("Normal").getCTStyle().getAliases().getVal());
        assertEquals("仿宋", styles.getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
        for (ReportSection s : ReportSection.values()) {
            assertEquals("Heading1", paragraphStarting(s.title()).getStyle(), s.title());
        }
        XWPFParagraph sub = paragraphStarting("（一）主动公开。");
        assertEquals("Heading2", sub.getStyle());
        assertEquals("（一）主动公开。", sub.getText(), "only the heading goes to the navigation pane");
        // The body runs on after the heading on the same line, as in the PDF: the heading's mark is hidden.
        assertTrue(sub.getCTP().getPPr().getRPr().sizeOfSpecVanishArray() > 0, "style separator");
        XWPFParagraph after = doc.getParagraphs().get(doc.getParagraphs().indexOf(sub) + 1);
        assertEquals("Normal", after.getStyle());
        assertFalse(after.getText().isEmpty());
        assertEquals("Normal", paragraphStarting("本报告根据").getStyle());
    }

    private static void assertStyle(XWPFStyle style, String name, String alias, int level, String face) {
        assertEquals(name, style.getName());
        assertEquals(alias, style.getCTStyle().getAliases().getVal());
        assertEquals(level, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
        assertEquals(face, style.getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
    }

    private static XWPFParagraph paragraphStarting(String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + text));
    }

    private static boolean keptWithNext(XWPFTableRow row) {
        return row.getTableCells().stream().flatMap(c -> c.getParagraphs().stream()).allMatch(XWPFParagraph::isKeepNext);
    }

    private static XWPFRun runStarting(String text) {
        return doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text() != null && r.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starting " + text));
    }
}
