// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.report.format.GridCell;
import org.disclosuredesk.report.format.ReportGrid;
import org.disclosuredesk.report.format.ReportTable;

/**
 * A report table in iText: the grid's spans as they are, header rows repeated on every page the table
 * runs onto, no row split across pages (every cell is kept whole), thin black rules, figures centred.
 */
final class PdfTables {

    private static final float RULE = 0.5f;

    private PdfTables() {
    }

    /**
     * The table in parts that each stay on one page: table 二 one part per block (its 第二十条 title, header
     * and rows), so a page break falls only between blocks and never leaves a block title or header at the
     * foot of a page; table 三 one part that runs on across pages with its header repeated and rows kept
     * whole; table 四 (one row of figures under its header) one part kept whole. The parts share the column
     * widths, so stacked they read as one table.
     */
    static List<Table> of(ReportGrid grid, DocumentFonts fonts) {
        List<Integer> starts = grid.blockStarts();
        if (starts.isEmpty()) {
            Table whole = table(grid, fonts, 0, grid.rows());
            // With one row of figures, a break could only leave the header alone on the page.
            whole.setKeepTogether(grid.rows() - grid.headerRows() <= 1);
            return List.of(whole);
        }
        List<Table> blocks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : grid.rows();
            blocks.add(table(grid, fonts, starts.get(i), end).setKeepTogether(true));
        }
        return blocks;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of the grid as one iText table. */
    private static Table table(ReportGrid grid, DocumentFonts fonts, int from, int to) {
        float sum = 0;
        for (float w : grid.widths()) {
            sum += w;
        }
        float[] widths = new float[grid.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = 100f * grid.widths().get(i) / sum;
        }
        float size = grid.table() == ReportTable.ACTIVE_DISCLOSURE ? OfficialPage.TABLE_SIZE : OfficialPage.DENSE_TABLE_SIZE;
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        table.setBorder(new SolidBorder(ColorConstants.BLACK, RULE));
        for (GridCell c : grid.cells()) {
            if (c.row() < from || c.row() >= to) {
                continue;
            }
            Cell cell = cell(c, fonts, size);
            if (c.row() < grid.headerRows()) {
                table.addHeaderCell(cell);
            } else {
                table.addCell(cell);
            }
        }
        return table;
    }

    private static Cell cell(GridCell c, DocumentFonts fonts, float size) {
        Paragraph p = new Paragraph().setFontSize(size).setMultipliedLeading(1.1f).setMargin(0)
                .setSplitCharacters(new CjkSplitCharacters());
        ReportFonts.Role role = c.role() == GridCell.Role.BLOCK_TITLE || c.role() == GridCell.Role.HEADER
                ? ReportFonts.Role.HEADING : ReportFonts.Role.BODY;
        if (c.role() == GridCell.Role.HEADER && c.rowSpan() == 3 && c.colSpan() == 3) {
            role = ReportFonts.Role.BODY; // the corner note of table 三 reads as a note, not a heading
        }
        fonts.text(c.text(), role).forEach(p::add);
        boolean left = c.role() == GridCell.Role.LABEL || c.role() == GridCell.Role.BLOCK_TITLE
                || c.role() == GridCell.Role.HEADER && c.rowSpan() == 3 && c.colSpan() == 3;
        p.setTextAlignment(left ? TextAlignment.LEFT : TextAlignment.CENTER);
        Cell cell = new Cell(c.rowSpan(), c.colSpan()).add(p)
                .setBorder(new SolidBorder(ColorConstants.BLACK, RULE))
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setPaddingTop(1f).setPaddingBottom(1f).setPaddingLeft(2.5f).setPaddingRight(2.5f);
        cell.setKeepTogether(true);
        return cell;
    }
}
