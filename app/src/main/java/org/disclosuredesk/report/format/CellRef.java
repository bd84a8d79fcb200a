// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.Objects;

/**
 * One number cell of the report: table, row key and column key as the format defines them (keys are
 * stable identifiers, labels are looked up in the format). Used to trace a figure to its records and to
 * point a check at its cause.
 */
public record CellRef(ReportTable table, String row, String column) {

    public CellRef {
        Objects.requireNonNull(table);
        Objects.requireNonNull(row);
        Objects.requireNonNull(column);
    }

    public static CellRef requests(String row, String column) {
        return new CellRef(ReportTable.REQUESTS, row, column);
    }

    public static CellRef reviews(String row, String column) {
        return new CellRef(ReportTable.REVIEWS, row, column);
    }

    public static CellRef activeDisclosure(String row, String column) {
        return new CellRef(ReportTable.ACTIVE_DISCLOSURE, row, column);
    }
}
