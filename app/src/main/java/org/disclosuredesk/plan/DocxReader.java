// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosuredesk.shared.text.ChineseNumeral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a .docx into paragraphs and tables in body order. Merged table cells are resolved into a full
 * grid (a vertically merged cell's text is repeated in the rows it covers), and the labels Word draws
 * for automatically numbered paragraphs are recovered, because plans often number with Word's lists.
 */
final class DocxReader {

    private final StringBuilder text = new StringBuilder();
    private final List<SourceBlock> blocks = new ArrayList<>();
    private final Map<BigInteger, int[]> listCounters = new HashMap<>();

    static PlanSource read(String name, InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            DocxReader reader = new DocxReader();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    reader.paragraph(p);
                } else if (element instanceof XWPFTable t) {
                    reader.table(t);
                }
            }
            return new PlanSource(name, reader.text.toString(), reader.blocks);
        }
    }

    private void paragraph(XWPFParagraph p) {
        String label = autoNumber(p);
        String body = p.getText();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String shown = (i == 0 && label != null ? label : "") + lines[i];
            int start = text.length();
            text.append(shown).append('\n');
            blocks.add(new SourceBlock.Paragraph(lines[i], i == 0 ? label : null, start, start + shown.length()));
        }
    }

    private void table(XWPFTable table) {
        List<List<SourceBlock.Cell>> grid = new ArrayList<>();
        int start = text.length();
        for (XWPFTableRow row : table.getRows()) {
            List<SourceBlock.Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                String value = cellText(cell);
                if (continued && !grid.isEmpty()) {
                    List<SourceBlock.Cell> above = grid.get(grid.size() - 1);
                    value = column < above.size() ? above.get(column).text() : "";
                }
                for (int k = 0; k < span; k++) {
                    cells.add(new SourceBlock.Cell(value, continued, k > 0));
                }
                column += span;
            }
            grid.add(cells);
            text.append(render(cells)).append('\n');
        }
        blocks.add(new SourceBlock.Table(padded(grid), start, Math.max(start, text.length() - 1)));
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = p.getText().strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join("\n", lines);
    }

    /** A row as the source pane shows it: each cell once, merged positions left out. */
    private static String render(List<SourceBlock.Cell> cells) {
        List<String> shown = new ArrayList<>();
        for (SourceBlock.Cell c : cells) {
            if (!c.mergedLeft()) {
                shown.add(c.mergedAbove() ? "〃" : c.text().replace('\n', ' '));
            }
        }
        return String.join(" | ", shown);
    }

    private static List<List<SourceBlock.Cell>> padded(List<List<SourceBlock.Cell>> grid) {
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<List<SourceBlock.Cell>> out = new ArrayList<>();
        for (List<SourceBlock.Cell> row : grid) {
            List<SourceBlock.Cell> r = new ArrayList<>(row);
            while (r.size() < width) {
                r.add(new SourceBlock.Cell("", false, false));
            }
            out.add(r);
        }
        return out;
    }

    /** Word's list label for this paragraph ("一、", "（1）", "1."), counting as Word does; null if none. */
    private String autoNumber(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        String levelText = numId == null ? null : p.getNumLevelText();
        if (levelText == null || p.getText().isBlank()) {
            return null;
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] counters = listCounters.computeIfAbsent(numId, k -> new int[9]);
        counters[level]++;
        for (int deeper = level + 1; deeper < counters.length; deeper++) {
            counters[deeper] = 0;
        }
        String fmt = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < levelText.length(); i++) {
            char c = levelText.charAt(i);
            if (c == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
                int ref = levelText.charAt(i + 1) - '1';
                int value = ref >= 0 && ref < counters.length ? Math.max(1, counters[ref]) : 1;
                label.append(ref == level ? format(value, fmt) : String.valueOf(value));
                i++;
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static String format(int value, String fmt) {
        if (fmt.startsWith("chinese") || fmt.startsWith("ideograph") || fmt.startsWith("japanese") || fmt.startsWith("taiwanese")) {
            return ChineseNumeral.format(value);
        }
        if (fmt.equals("decimalEnclosedCircle") || fmt.equals("decimalEnclosedCircleChinese")) {
            return value >= 1 && value <= 20 ? String.valueOf((char) ('①' + value - 1)) : String.valueOf(value);
        }
        return String.valueOf(value);
    }
}
