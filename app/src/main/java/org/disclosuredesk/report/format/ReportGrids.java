// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;

/**
 * Lays out tables 二, 三 and 四 with the spans of the reference: table 二's block titles span all columns
 * and a single figure spans the rest of its row; table 三's corner cell spans 3×3, 申请人情况 spans the 7
 * number columns, 法人或其他组织 the five organisation kinds, and each label level spans its rows; table 四
 * has 行政复议 over five columns and two rows, 行政诉讼 over ten.
 */
public final class ReportGrids {

    private ReportGrids() {
    }

    /** {@code values} gives the figure of a cell; {@code format} how it prints (0 is printed, never blank). */
    public static List<ReportGrid> all(ReportFormat format, ToLongFunction<CellRef> values) {
        return List.of(activeDisclosure(format, values), requests(format, values), reviews(values));
    }

    public static ReportGrid of(ReportTable table, ReportFormat format, ToLongFunction<CellRef> values) {
        switch (table) {
            case ACTIVE_DISCLOSURE:
                return activeDisclosure(format, values);
            case REQUESTS:
                return requests(format, values);
            default:
                return reviews(values);
        }
    }

    public static ReportGrid activeDisclosure(ReportFormat format, ToLongFunction<CellRef> values) {
        int columns = format.activeDisclosureColumns();
        List<GridCell> cells = new ArrayList<>();
        int r = 0;
        for (DisclosureBlock block : format.activeDisclosure()) {
            cells.add(new GridCell(r++, 0, 1, columns, block.title(), GridCell.Role.BLOCK_TITLE, null));
            for (int c = 0; c < block.header().size(); c++) {
                int span = c == block.header().size() - 1 ? columns - c : 1;
                cells.add(new GridCell(r, c, 1, span, block.header().get(c), GridCell.Role.HEADER, null));
            }
            r++;
            for (DisclosureBlock.Row row : block.rows()) {
                cells.add(new GridCell(r, 0, 1, 1, row.label(), GridCell.Role.LABEL, null));
                for (int i = 0; i < row.measures().size(); i++) {
                    CellRef ref = CellRef.activeDisclosure(row.key(), block.column(i));
                    int span = i == row.measures().size() - 1 ? columns - 1 - i : 1;
                    cells.add(new GridCell(r, i + 1, 1, span, row.measures().get(i).kind().format(values.applyAsLong(ref)),
                            GridCell.Role.VALUE, ref));
                }
                r++;
            }
        }
        List<Float> widths = new ArrayList<>();
        widths.add(1.4f);
        widths.addAll(Collections.nCopies(columns - 1, 1f));
        return new ReportGrid(ReportTable.ACTIVE_DISCLOSURE, columns, r, 0, cells, widths);
    }

    public static ReportGrid requests(ReportFormat format, ToLongFunction<CellRef> values) {
        List<GridCell> cells = new ArrayList<>();
        cells.add(new GridCell(0, 0, 3, 3, CommonLabels.REQUESTS_CORNER, GridCell.Role.HEADER, null));
        cells.add(new GridCell(0, 3, 1, 7, CommonLabels.APPLICANTS, GridCell.Role.HEADER, null));
        cells.add(new GridCell(1, 3, 2, 1, ApplicantKind.NATURAL_PERSON.label(), GridCell.Role.HEADER, null));
        cells.add(new GridCell(1, 4, 1, 5, ApplicantKind.ORGANISATION_GROUP_LABEL, GridCell.Role.HEADER, null));
        cells.add(new GridCell(1, 9, 2, 1, CommonLabels.TOTAL, GridCell.Role.HEADER, null));
        int c = 4;
        for (ApplicantKind kind : ApplicantKind.values()) {
            if (kind.isOrganisation()) {
                cells.add(new GridCell(2, c++, 1, 1, kind.label(), GridCell.Role.HEADER, null));
            }
        }
        List<RequestRowDef> rows = format.requestRows();
        for (int i = 0; i < rows.size(); i++) {
            RequestRowDef row = rows.get(i);
            int r = 3 + i;
            if (i == 0 || !rows.get(i - 1).heading().equals(row.heading())) {
                int span = run(rows, i, true);
                cells.add(new GridCell(r, 0, span, row.group() == null ? 3 : 1, row.heading(), GridCell.Role.LABEL, null));
            }
            if (row.group() != null && (i == 0 || !row.group().equals(rows.get(i - 1).group()))) {
                cells.add(new GridCell(r, 1, run(rows, i, false), row.item() == null ? 2 : 1, row.group(), GridCell.Role.LABEL, null));
            }
            if (row.item() != null) {
                cells.add(new GridCell(r, 2, 1, 1, row.item(), GridCell.Role.LABEL, null));
            }
            int col = 3;
            for (String key : ApplicantColumns.keys()) {
                CellRef ref = CellRef.requests(row.key(), key);
                cells.add(new GridCell(r, col++, 1, 1, ValueKind.COUNT.format(values.applyAsLong(ref)), GridCell.Role.VALUE, ref));
            }
        }
        // Wide item labels and narrow figures keep every row to one or two lines, so the table fits one page.
        List<Float> widths = new ArrayList<>(List.of(0.8f, 1.4f, 5.0f));
        widths.addAll(Collections.nCopies(7, 0.9f));
        return new ReportGrid(ReportTable.REQUESTS, 10, 3 + rows.size(), 3, cells, widths);
    }

    /** Rows from {@code i} sharing its heading (or, with {@code heading} false, its group). */
    private static int run(List<RequestRowDef> rows, int i, boolean heading) {
        int n = 1;
        while (i + n < rows.size() && (heading ? rows.get(i + n).heading().equals(rows.get(i).heading())
                : rows.get(i).group().equals(rows.get(i + n).group()))) {
            n++;
        }
        return n;
    }

    public static ReportGrid reviews(ToLongFunction<CellRef> values) {
        List<GridCell> cells = new ArrayList<>();
        cells.add(new GridCell(0, 0, 2, 5, ReviewKind.ADMINISTRATIVE_REVIEW.tableLabel(), GridCell.Role.HEADER, null));
        cells.add(new GridCell(0, 5, 1, 10, ReviewKind.LAWSUIT_GROUP_LABEL, GridCell.Role.HEADER, null));
        cells.add(new GridCell(1, 5, 1, 5, ReviewKind.LAWSUIT_DIRECT.tableLabel(), GridCell.Role.HEADER, null));
        cells.add(new GridCell(1, 10, 1, 5, ReviewKind.LAWSUIT_AFTER_REVIEW.tableLabel(), GridCell.Role.HEADER, null));
        int c = 0;
        for (ReviewKind kind : ReviewKind.values()) {
            for (ReviewResult result : ReviewResult.values()) {
                cells.add(new GridCell(2, c, 1, 1, result.label(), GridCell.Role.HEADER, null));
                CellRef ref = ReviewColumns.cell(kind, result);
                cells.add(new GridCell(3, c++, 1, 1, ValueKind.COUNT.format(values.applyAsLong(ref)), GridCell.Role.VALUE, ref));
            }
            cells.add(new GridCell(2, c, 1, 1, ReviewResult.TOTAL_LABEL, GridCell.Role.HEADER, null));
            CellRef total = ReviewColumns.total(kind);
            cells.add(new GridCell(3, c++, 1, 1, ValueKind.COUNT.format(values.applyAsLong(total)), GridCell.Role.VALUE, total));
        }
        return new ReportGrid(ReportTable.REVIEWS, 15, 4, 3, cells, Collections.nCopies(15, 1f));
    }
}
