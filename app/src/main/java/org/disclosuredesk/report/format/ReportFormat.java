// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ReviewKind;

/**
 * One version of the prescribed report format, as data: its title and the notice that prescribes it, the years it
 * applies from, the sections, the blocks of table 二, the rows of table 三 and the figures the narrative
 * may quote. Table 四 and the table-三 columns are the same in every version and come from the law enums.
 * A future revision of the format is a new instance in {@link ReportFormats}, not new code.
 */
public record ReportFormat(
        String version,
        String title,
        String notice,
        int firstYear,
        List<ReportSection> sections,
        List<DisclosureBlock> activeDisclosure,
        List<StockContinuity> continuity,
        List<RequestRowDef> requestRows,
        List<NarrativeFigure> narrativeFigures) {

    public ReportFormat {
        Objects.requireNonNull(version);
        sections = List.copyOf(sections);
        activeDisclosure = List.copyOf(activeDisclosure);
        continuity = List.copyOf(continuity);
        requestRows = List.copyOf(requestRows);
        narrativeFigures = List.copyOf(narrativeFigures);
    }

    /** Width of table 二 in columns: 信息内容 plus the widest block's figures. */
    public int activeDisclosureColumns() {
        return activeDisclosure.stream().mapToInt(b -> b.header().size()).max().orElse(1);
    }

    public Optional<RequestRowDef> requestRow(String key) {
        return requestRows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public Optional<DisclosureBlock.Row> disclosureRow(String key) {
        return activeDisclosure.stream().flatMap(b -> b.rows().stream()).filter(r -> r.key().equals(key)).findFirst();
    }

    /** The measure behind a table-二 cell. */
    public Optional<Measure> measure(CellRef cell) {
        for (DisclosureBlock block : activeDisclosure) {
            for (DisclosureBlock.Row row : block.rows()) {
                if (row.key().equals(cell.row())) {
                    for (int i = 0; i < row.measures().size(); i++) {
                        if (block.column(i).equals(cell.column())) {
                            return Optional.of(row.measures().get(i));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every number cell of every table, in reading order. */
    public List<CellRef> cells() {
        List<CellRef> cells = new java.util.ArrayList<>();
        for (DisclosureBlock block : activeDisclosure) {
            for (DisclosureBlock.Row row : block.rows()) {
                for (int i = 0; i < row.measures().size(); i++) {
                    cells.add(CellRef.activeDisclosure(row.key(), block.column(i)));
                }
            }
        }
        for (RequestRowDef row : requestRows) {
            for (String column : ApplicantColumns.keys()) {
                cells.add(CellRef.requests(row.key(), column));
            }
        }
        for (String column : ReviewColumns.keys()) {
            cells.add(CellRef.reviews(ReviewColumns.ROW, column));
        }
        return cells;
    }

    public ValueKind valueKind(CellRef cell) {
        return cell.table() == ReportTable.ACTIVE_DISCLOSURE
                ? measure(cell).map(Measure::kind).orElse(ValueKind.COUNT) : ValueKind.COUNT;
    }

    public String rowLabel(CellRef cell) {
        switch (cell.table()) {
            case ACTIVE_DISCLOSURE:
                return disclosureRow(cell.row()).map(DisclosureBlock.Row::label).orElse(cell.row());
            case REQUESTS:
                return requestRow(cell.row()).map(RequestRowDef::label).orElse(cell.row());
            default:
                ReviewKind kind = ReviewColumns.kindOf(cell.column());
                return kind == ReviewKind.ADMINISTRATIVE_REVIEW ? kind.tableLabel()
                        : ReviewKind.LAWSUIT_GROUP_LABEL + "（" + kind.tableLabel() + "）";
        }
    }

    public String columnLabel(CellRef cell) {
        switch (cell.table()) {
            case ACTIVE_DISCLOSURE:
                return cell.column();
            case REQUESTS:
                return ApplicantColumns.label(cell.column());
            default:
                return ReviewColumns.resultLabel(cell.column());
        }
    }

    /** A cell named for a clerk: 表三「（三）不予公开 1.属于国家秘密」行「自然人」列. */
    public String describe(CellRef cell) {
        return "表" + cell.table().numeral() + "「" + rowLabel(cell) + "」" + (cell.table() == ReportTable.REVIEWS ? "" : "行")
                + "「" + columnLabel(cell) + "」" + (cell.table() == ReportTable.REVIEWS ? "" : "列");
    }

    /** The applicant kind of a table-三 column, or empty for 总计. */
    public static Optional<ApplicantKind> applicantKind(String column) {
        return ApplicantColumns.TOTAL.equals(column) ? Optional.empty() : Optional.of(ApplicantKind.valueOf(column));
    }
}
