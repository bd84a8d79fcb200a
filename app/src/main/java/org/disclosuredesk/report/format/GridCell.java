// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

/**
 * One cell of a printed table: position, spans, text and role; {@code cell} names the figure of a
 * number cell (null for headers and labels).
 */
public record GridCell(int row, int column, int rowSpan, int colSpan, String text, Role role, CellRef cell) {

    public enum Role {
        /** Column headers, repeated at the top of each page the table runs onto. */
        HEADER,
        /** A block title of table 二, spanning the table (第二十条第（一）项). */
        BLOCK_TITLE,
        /** A row label. */
        LABEL,
        /** A figure. */
        VALUE
    }

    public boolean isNumber() {
        return role == Role.VALUE;
    }
}
