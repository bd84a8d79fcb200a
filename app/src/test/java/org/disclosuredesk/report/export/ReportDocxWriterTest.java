// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportTestLedgers;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.shared.BackgroundTask;
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
}
