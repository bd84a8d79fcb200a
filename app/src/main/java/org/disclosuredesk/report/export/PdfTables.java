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
import org.disclosuredesk.report.format.GridCell;
import org.disclosuredesk.report.format.ReportGrid;
import org.disclosuredesk.report.format.ReportTable;

/**
 * A report table in iText: the grid's spans as they are, header rows repeated on every page the table
 * runs onto, no row split across pages, thin black rules, figures centred.
 */
final class PdfTables {

    private static final float RULE = 0.5f;

    private PdfTables() {
    }

    static Table of(ReportGrid grid, DocumentFonts fonts) {
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
        // The whole table moves to the next page rather than leave its header alone at the foot of a page.
        table.setKeepTogether(true);
        for (GridCell c : grid.cells()) {
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
