// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.ReviewColumns;

/**
 * The figures of tables 二, 三 and 四 of one year, in one format: every cell the format defines, in
 * reading order. Money is held in 分 (see {@link org.disclosuredesk.report.format.ValueKind}).
 * Immutable; {@link #with} gives a changed copy (the checks are tested on deliberately wrong tables).
 */
public final class ReportTables {

    private final int year;
    private final ReportFormat format;
    private final Map<CellRef, Long> values;

    public ReportTables(int year, ReportFormat format, Map<CellRef, Long> values) {
        this.year = year;
        this.format = Objects.requireNonNull(format);
        Map<CellRef, Long> ordered = new LinkedHashMap<>();
        for (CellRef cell : format.cells()) {
            ordered.put(cell, values.getOrDefault(cell, 0L));
        }
        this.values = Collections.unmodifiableMap(ordered);
    }

    public int year() {
        return year;
    }

    public ReportFormat format() {
        return format;
    }

    /** Every cell with its figure, in reading order. */
    public Map<CellRef, Long> values() {
        return values;
    }

    public boolean has(CellRef cell) {
        return values.containsKey(cell);
    }

    public long value(CellRef cell) {
        Long v = values.get(cell);
        if (v == null) {
            throw new IllegalArgumentException("The " + format.version() + " format has no cell " + cell);
        }
        return v;
    }

    public long sum(Collection<CellRef> cells) {
        return cells.stream().mapToLong(this::value).sum();
    }

    /** Table 三, row {@code row}, column {@code column} (an applicant-kind name or TOTAL). */
    public long requests(String row, String column) {
        return value(CellRef.requests(row, column));
    }

    public long requestsTotal(String row) {
        return requests(row, ApplicantColumns.TOTAL);
    }

    public long reviews(String column) {
        return value(CellRef.reviews(ReviewColumns.ROW, column));
    }

    public ReportTables with(CellRef cell, long value) {
        value(cell);
        Map<CellRef, Long> changed = new LinkedHashMap<>(values);
        changed.put(cell, value);
        return new ReportTables(year, format, changed);
    }
}
