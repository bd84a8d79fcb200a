// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosuredesk.plan.TaskTable.Column;
import org.disclosuredesk.shared.TextFolding;

/**
 * A column's role read from what its cells hold over the whole table — numbers, unit lists, time limits,
 * long task text — for columns whose header says nothing known (目标, 备注, 完成情况) and for tables with
 * no header at all. A role needs most of the column's filled cells to agree.
 */
final class ColumnRoles {

    private static final Pattern SEQ = Pattern.compile("\\d{1,3}[、.．]?");
    private static final double MAJORITY = 0.6;

    private ColumnRoles() {
    }

    /** Fills in the {@code OTHER} columns of {@code columns} from the rows from {@code firstData} on. */
    static void fillFromContent(Column[] columns, List<List<SourceBlock.Cell>> rows, int firstData) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == Column.OTHER) {
                columns[c] = fromContent(rows, firstData, c);
            }
        }
    }

    /**
     * The columns of a table without a header row, or empty when its content does not read as a task
     * table (a text column and a unit or time-limit column).
     */
    static Column[] guess(List<List<SourceBlock.Cell>> rows) {
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        if (rows.size() < 2 || width < 2) {
            return null;
        }
        Column[] columns = new Column[width];
        Arrays.fill(columns, Column.OTHER);
        fillFromContent(columns, rows, 0);
        boolean text = false;
        boolean who = false;
        for (Column c : columns) {
            text |= c == Column.DETAIL;
            who |= c == Column.RESPONSIBLE || c == Column.DEADLINE;
        }
        return text && who ? columns : null;
    }

    private static Column fromContent(List<List<SourceBlock.Cell>> rows, int firstData, int c) {
        int filled = 0;
        int seq = 0;
        int units = 0;
        int deadlines = 0;
        int longText = 0;
        for (int r = firstData; r < rows.size(); r++) {
            if (c >= rows.get(r).size()) {
                continue;
            }
            SourceBlock.Cell cell = rows.get(r).get(c);
            String f = TextFolding.fold(cell.text()).strip();
            if (f.isEmpty() || cell.mergedAbove() || cell.mergedLeft()) {
                continue;
            }
            filled++;
            if (SEQ.matcher(f).matches()) {
                seq++;
            } else if (f.length() <= 24 && !DeadlineFinder.find(cell.text(), null).isEmpty()) {
                deadlines++;
            } else if (UnitNames.isUnitList(cell.text())) {
                units++;
            } else if (f.length() >= 15) {
                longText++;
            }
        }
        if (filled == 0) {
            return Column.OTHER;
        }
        if (seq >= MAJORITY * filled) {
            return Column.SEQ;
        }
        if (deadlines >= MAJORITY * filled) {
            return Column.DEADLINE;
        }
        if (units >= MAJORITY * filled) {
            return Column.RESPONSIBLE;
        }
        if (longText >= MAJORITY * filled) {
            return Column.DETAIL;
        }
        return Column.OTHER;
    }
}
