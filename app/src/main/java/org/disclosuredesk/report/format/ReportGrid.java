// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.List;

/**
 * A table of the report laid out with the exact spans of the format, shared by the PDF, the Word file
 * and the screen so all three show the same table. {@code headerRows} rows at the top repeat on each
 * page; {@code widths} are relative column widths.
 */
public record ReportGrid(ReportTable table, int columns, int rows, int headerRows, List<GridCell> cells, List<Float> widths) {

    public ReportGrid {
        cells = List.copyOf(cells);
        widths = List.copyOf(widths);
        if (widths.size() != columns) {
            throw new IllegalArgumentException("One width per column");
        }
    }

    public List<GridCell> headerCells() {
        return cells.stream().filter(c -> c.row() < headerRows).collect(java.util.stream.Collectors.toList());
    }

    public List<GridCell> bodyCells() {
        return cells.stream().filter(c -> c.row() >= headerRows).collect(java.util.stream.Collectors.toList());
    }

    /**
     * The rows where a block starts (a 第二十条 title of table 二), in order; empty for a table without
     * blocks. Both exports keep each block on one page.
     */
    public List<Integer> blockStarts() {
        return cells.stream().filter(c -> c.role() == GridCell.Role.BLOCK_TITLE).map(GridCell::row).distinct().sorted()
                .collect(java.util.stream.Collectors.toList());
    }
}
