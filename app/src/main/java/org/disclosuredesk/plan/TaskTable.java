// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosuredesk.shared.TextFolding;

/**
 * A 任务分工表: a table whose header names its columns (工作任务, 具体要求/细化分工, 牵头单位, 责任单位/配合单位/
 * 责任处室, 完成时限/时限要求…). A row spanning the table is a section; a 工作任务 cell merged over several
 * rows groups their 具体要求 as its tasks. Tables without such a header are not task tables.
 */
final class TaskTable {

    enum Column { SEQ, TASK, DETAIL, LEAD, RESPONSIBLE, DEADLINE, OTHER }

    /**
     * One item read from the table. {@code parent} is the index of the enclosing section or group in the
     * table's rows (-1 for none); {@code label} is the 序号 as written (or the row's position when none is).
     */
    record Row(int parent, String label, boolean heading, String text, List<String> leadUnits,
            List<String> responsibleUnits, String deadlineCell, Set<Doubt> doubts) {
    }

    private TaskTable() {
    }

    static Optional<List<Row>> read(SourceBlock.Table table) {
        List<List<SourceBlock.Cell>> rows = table.rows();
        int header = headerRow(rows);
        if (header < 0) {
            // No header naming the columns: read their roles from what they hold.
            Column[] guessed = ColumnRoles.guess(rows);
            if (guessed == null) {
                return Optional.empty();
            }
            return Optional.of(new Reader(rows, guessed, List.of(), table.rebuilt()).read(0));
        }
        Column[] columns = columns(rows, header);
        int firstData = header + 1;
        if (firstData < rows.size() && isSubHeader(rows.get(firstData), rows.get(header))) {
            Column[] lower = classify(rows.get(firstData));
            for (int c = 0; c < columns.length; c++) {
                if (lower[c] != Column.OTHER) {
                    columns[c] = lower[c];
                }
            }
            firstData++;
        }
        ColumnRoles.fillFromContent(columns, rows, firstData);
        return Optional.of(new Reader(rows, columns, rows.get(header), table.rebuilt()).read(firstData));
    }

    private static int headerRow(List<List<SourceBlock.Cell>> rows) {
        for (int r = 0; r < Math.min(3, rows.size()); r++) {
            Column[] cols = classify(rows.get(r));
            boolean text = has(cols, Column.TASK) || has(cols, Column.DETAIL);
            boolean who = has(cols, Column.LEAD) || has(cols, Column.RESPONSIBLE) || has(cols, Column.DEADLINE);
            if (text && who) {
                return r;
            }
        }
        return -1;
    }

    private static Column[] columns(List<List<SourceBlock.Cell>> rows, int header) {
        return classify(rows.get(header));
    }

    private static boolean isSubHeader(List<SourceBlock.Cell> row, List<SourceBlock.Cell> header) {
        Column[] cols = classify(row);
        long known = java.util.Arrays.stream(cols).filter(c -> c != Column.OTHER).count();
        boolean shortCells = row.stream().allMatch(c -> c.text().length() <= 12);
        boolean underMerged = header.stream().anyMatch(SourceBlock.Cell::mergedLeft);
        return known >= 1 && shortCells && underMerged;
    }

    static Column[] classify(List<SourceBlock.Cell> row) {
        Column[] out = new Column[row.size()];
        for (int c = 0; c < row.size(); c++) {
            out[c] = classify(row.get(c).text());
        }
        return out;
    }

    static Column classify(String header) {
        String h = TextFolding.nameKey(header).replace("*", "");
        if (h.isEmpty() || h.length() > 12) {
            return Column.OTHER;
        }
        if (h.matches("序号|编号|序|No\\.?|NO\\.?")) {
            return Column.SEQ;
        }
        if (h.contains("牵头") || h.startsWith("主办") || h.startsWith("主责")) {
            return Column.LEAD;
        }
        if (h.contains("配合") || h.contains("协办") || h.contains("协助") || h.contains("参与")) {
            return Column.RESPONSIBLE;
        }
        if (h.contains("时限") || h.contains("时间") || h.contains("期限") || h.contains("进度安排") || h.contains("时间节点")) {
            return Column.DEADLINE;
        }
        if (h.matches("责任(单位|部门|处室|科室|股室|主体)|落实单位|承办单位|实施单位|责任分工|责任单位及分工")) {
            return Column.RESPONSIBLE;
        }
        if (h.contains("具体") || h.contains("细化") || h.contains("要求") || h.contains("措施") || h.contains("分解")) {
            return Column.DETAIL;
        }
        if (h.contains("任务") || h.contains("内容") || h.contains("事项") || h.contains("重点工作") || h.equals("工作")) {
            return Column.TASK;
        }
        return Column.OTHER;
    }

    private static boolean has(Column[] cols, Column c) {
        for (Column x : cols) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** Reads the data rows once the columns are known. */
    private static final class Reader {
        private final List<List<SourceBlock.Cell>> rows;
        private final Column[] columns;
        private final List<Row> out = new ArrayList<>();
        private int section = -1;
        private int group = -1;
        private String lastTask = "";

        private final List<SourceBlock.Cell> headerRow;

        private final boolean rebuilt;

        Reader(List<List<SourceBlock.Cell>> rows, Column[] columns, List<SourceBlock.Cell> headerRow, boolean rebuilt) {
            this.rebuilt = rebuilt;
            this.rows = rows;
            this.columns = columns;
            this.headerRow = headerRow;
        }

        List<Row> read(int first) {
            for (int r = first; r < rows.size(); r++) {
                List<SourceBlock.Cell> row = rows.get(r);
                List<String> distinct = distinctTexts(row);
                if (distinct.isEmpty() || PlanLines.sameTexts(row, headerRow)) {
                    // Empty, or the header repeated at the top of each page.
                    continue;
                }
                if (distinct.size() == 1 && spansRow(row)) {
                    sectionRow(distinct.get(0));
                    continue;
                }
                dataRow(r);
            }
            return out;
        }

        private void sectionRow(String text) {
            lastTask = "";
            PlanLines.Line line = PlanLines.clean(text, 0);
            Numbering.Label label = line == null ? null : Numbering.at(line.text(), line.folded());
            String title = label == null ? text.strip() : line.text().substring(label.textStart()).strip();
            String written = label == null ? String.valueOf(countChildren(-1) + 1) : label.written();
            out.add(new Row(-1, written, true, title, List.of(), List.of(), "", Set.of()));
            section = out.size() - 1;
            group = -1;
        }

        private void dataRow(int r) {
            List<SourceBlock.Cell> row = rows.get(r);
            SourceBlock.Cell task = first(row, Column.TASK);
            SourceBlock.Cell detail = first(row, Column.DETAIL);
            SourceBlock.Cell seq = first(row, Column.SEQ);
            String seqText = seq == null ? "" : stripLabel(seq.text());
            String text;
            int parent = section;
            if (task != null && detail != null) {
                // A merged 工作任务 groups its rows as a heading only when the rows have no 序号 of their own;
                // rows numbered one by one are tasks, each keeping the 工作任务 before its 具体要求.
                boolean ownSeq = seq != null && !seq.text().isEmpty() && !seq.mergedAbove() && !continuesBelow(r, Column.SEQ);
                String taskText = task.text().isEmpty() && !task.mergedAbove() && !task.mergedLeft() ? lastTask : task.text();
                lastTask = taskText;
                boolean continues = !ownSeq && group >= 0 && (task.mergedAbove() || task.text().isEmpty());
                boolean groupStarts = !ownSeq && !continues && continuesBelow(r, Column.TASK);
                if (groupStarts) {
                    String label = seqText.isEmpty() ? String.valueOf(countChildren(section) + 1) : seqText;
                    out.add(new Row(section, label, true, taskText, List.of(), List.of(), "", Set.of()));
                    group = out.size() - 1;
                    seqText = "";
                } else if (!continues) {
                    group = -1;
                }
                if (group >= 0) {
                    parent = group;
                    if (continues) {
                        seqText = "";
                    }
                    text = detail.text();
                } else {
                    text = join(taskText, detail.text());
                }
            } else {
                group = -1;
                text = task != null ? task.text() : detail == null ? "" : detail.text();
            }
            if (text.isBlank()) {
                return;
            }
            String label = seqText;
            PlanLines.Line firstLine = PlanLines.clean(text.split("\n", 2)[0], 0);
            Numbering.Label own = firstLine == null ? null : Numbering.at(firstLine.text(), firstLine.folded());
            if (own != null) {
                if (label.isEmpty()) {
                    label = own.written();
                }
                text = text.strip().substring(own.textStart());
            }
            if (label.isEmpty()) {
                label = String.valueOf(countChildren(parent) + 1);
            }
            ResponsibilityNote units = units(row);
            out.add(new Row(parent, label, false, text.strip(), units.leadUnits(), units.responsibleUnits(), deadline(row), doubts(row)));
        }

        /** A rebuilt table's text is read from cell contents; copied unit or time cells are guesses. */
        private Set<Doubt> doubts(List<SourceBlock.Cell> row) {
            EnumSet<Doubt> out = EnumSet.noneOf(Doubt.class);
            if (rebuilt) {
                out.add(Doubt.TEXT);
            }
            for (int c = 0; c < columns.length && c < row.size(); c++) {
                if (row.get(c).guessed()) {
                    out.add(columns[c] == Column.DEADLINE ? Doubt.DEADLINE : Doubt.UNITS);
                }
            }
            return out;
        }

        private boolean continuesBelow(int r, Column column) {
            if (r + 1 >= rows.size()) {
                return false;
            }
            SourceBlock.Cell below = first(rows.get(r + 1), column);
            SourceBlock.Cell detailBelow = first(rows.get(r + 1), Column.DETAIL);
            // An empty cell stands for one merged from above (a paste from Word), unless it is marked as
            // covered from the left: a rebuilt table's way of saying "no 工作任务 here".
            return below != null && (below.mergedAbove()
                    || (below.text().isEmpty() && !below.mergedLeft() && detailBelow != null && !detailBelow.text().isEmpty()));
        }

        private int countChildren(int parent) {
            return (int) out.stream().filter(x -> x.parent() == parent).count();
        }

        private SourceBlock.Cell first(List<SourceBlock.Cell> row, Column column) {
            for (int c = 0; c < columns.length && c < row.size(); c++) {
                if (columns[c] == column) {
                    return row.get(c);
                }
            }
            return null;
        }

        /**
         * The units of a row: a 牵头单位 cell's units lead, a 责任/配合单位 cell's are responsible, unless the
         * cell itself says otherwise ("县政府办牵头，各乡镇配合" keeps each unit in its own role).
         */
        private ResponsibilityNote units(List<SourceBlock.Cell> row) {
            LinkedHashSet<String> lead = new LinkedHashSet<>();
            LinkedHashSet<String> responsible = new LinkedHashSet<>();
            for (int c = 0; c < columns.length && c < row.size(); c++) {
                UnitRole role = columns[c] == Column.LEAD ? UnitRole.LEAD
                        : columns[c] == Column.RESPONSIBLE ? UnitRole.RESPONSIBLE : null;
                if (role != null && !row.get(c).mergedLeft()) {
                    ResponsibilityNote.parse(row.get(c).text().replace('\n', '、'), role).ifPresent(n -> {
                        lead.addAll(n.leadUnits());
                        responsible.addAll(n.responsibleUnits());
                    });
                }
            }
            return new ResponsibilityNote(new ArrayList<>(lead), new ArrayList<>(responsible), List.of());
        }

        private String deadline(List<SourceBlock.Cell> row) {
            SourceBlock.Cell d = first(row, Column.DEADLINE);
            return d == null ? "" : d.text().strip();
        }
    }

    private static List<String> distinctTexts(List<SourceBlock.Cell> row) {
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (SourceBlock.Cell c : row) {
            if (!c.text().isBlank()) {
                texts.add(c.text().strip());
            }
        }
        return new ArrayList<>(texts);
    }

    /** A row whose one text spans the table (a merged cell) or stands alone in it. */
    private static boolean spansRow(List<SourceBlock.Cell> row) {
        long nonEmpty = row.stream().filter(c -> !c.text().isBlank()).count();
        boolean first = !row.isEmpty() && !row.get(0).text().isBlank();
        return nonEmpty == 1 && first || row.stream().skip(1).allMatch(SourceBlock.Cell::mergedLeft);
    }

    private static String join(String task, String detail) {
        if (detail.isBlank()) {
            return task;
        }
        if (task.isBlank()) {
            return detail;
        }
        return task.strip() + "\n" + detail.strip();
    }

    private static String stripLabel(String seq) {
        String s = seq.strip();
        while (!s.isEmpty() && "、.．，,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
