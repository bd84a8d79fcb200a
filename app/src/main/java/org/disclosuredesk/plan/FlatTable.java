// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;

/**
 * A task table that a copy from a web page flattened into text: one cell per line between 「|」 lines, cells
 * ending in 「 |」, a whole row on one line (「a | b | c |」), or — with no separator at all — one cell per line
 * under a header of short column names (目标 / 任务 / 主要内容 / 责任单位). Merged cells are simply missing
 * from such a copy, so columns cannot be counted: each cell's role is read from its content (a 序号, a unit
 * list, a time limit, a 一、/（一） heading, a short group title, task text) and the cells are put back into
 * rows of a regular table (序号 | 工作任务 | 具体要求 | 牵头单位 | 责任单位 | 完成时限) for {@link TaskTable}.
 * A task without a unit or time-limit cell of its own takes the previous task's in the same group — on the
 * page that cell was merged over both rows — and the copied cell is marked as merged.
 */
final class FlatTable {

    /** The rebuilt table and how many source lines it took. */
    record Found(SourceBlock.Table table, int lineCount) {
    }

    private enum Kind { SECTION, GROUP, SEQ, UNIT, DEADLINE, STATUS, TEXT, ROW_END }

    private record Cell(String text, Kind kind) {
    }

    private static final Pattern SEQ = Pattern.compile("\\d{1,3}[、.．]?");
    private static final Pattern STATUS = Pattern.compile("推进中|已完成|未完成|进行中|已推进|正在推进|完成");
    private static final List<String> EXTRA_HEADERS = List.of("目标", "序号", "完成情况", "备注", "进展情况");
    private static final List<String> HEADER = List.of("序号", "工作任务", "具体要求", "牵头单位", "责任单位", "完成时限");

    private FlatTable() {
    }

    /** Whether the line could open a flattened table (cheap test before {@link #at}). */
    static boolean mayStart(String line) {
        return line.indexOf('|') >= 0 || isHeaderName(line.strip());
    }

    /** The flattened table starting at {@code lines[first]}, if one does. */
    static Optional<Found> at(List<String> lines, int first, int[] lineStarts, int textLength) {
        List<String> header = new ArrayList<>();
        boolean pipes = false;
        int i = first;
        scan:
        for (; i < lines.size() && header.size() < 10; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                if (header.isEmpty()) {
                    return Optional.empty();
                }
                continue;
            }
            pipes |= line.indexOf('|') >= 0;
            if (line.indexOf('|') < 0 && line.length() > 8) {
                break;
            }
            for (String part : line.split("\\|", -1)) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (!isHeaderName(p)) {
                    break scan;
                }
                header.add(p);
            }
        }
        if (header.size() < 3 || !hasTextAndWho(header)) {
            return Optional.empty();
        }
        int end = pipes ? pipeRegionEnd(lines, i) : plainRegionEnd(lines, i);
        List<Cell> cells = cells(lines.subList(i, end), pipes, hasDeadlineColumn(header));
        if (cells.stream().noneMatch(c -> c.kind() == Kind.TEXT)) {
            return Optional.empty();
        }
        List<List<SourceBlock.Cell>> rows = new Assembler(header).rows(cells);
        int start = lineStarts[first];
        int stop = end < lines.size() ? lineStarts[end] - 1 : textLength;
        return Optional.of(new Found(new SourceBlock.Table(rows, start, stop, true), end - first));
    }

    private static boolean isHeaderName(String cell) {
        String key = TextFolding.nameKey(cell);
        return !key.isEmpty() && key.length() <= 12
                && (TaskTable.classify(cell) != TaskTable.Column.OTHER || EXTRA_HEADERS.contains(key));
    }

    private static boolean hasDeadlineColumn(List<String> header) {
        return header.stream().anyMatch(h -> TaskTable.classify(h) == TaskTable.Column.DEADLINE);
    }

    private static boolean hasTextAndWho(List<String> header) {
        boolean text = false;
        boolean who = false;
        for (String h : header) {
            TaskTable.Column c = TaskTable.classify(h);
            text |= c == TaskTable.Column.TASK || c == TaskTable.Column.DETAIL;
            who |= c == TaskTable.Column.LEAD || c == TaskTable.Column.RESPONSIBLE || c == TaskTable.Column.DEADLINE;
        }
        return text && who;
    }

    /** Cells separated by 「|」: the table goes on while a line, or the line after it, has one. */
    private static int pipeRegionEnd(List<String> lines, int from) {
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.indexOf('|') >= 0 || line.isBlank()) {
                i++;
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && lines.get(next).indexOf('|') >= 0) {
                i = next;
                continue;
            }
            break;
        }
        return i;
    }

    /** One cell per line without separators: up to a signature date or an attachment line. */
    private static int plainRegionEnd(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String f = TextFolding.fold(lines.get(i).strip());
            if (PlanLines.DATE_LINE.matcher(f).matches() || f.startsWith("附件")) {
                return i;
            }
        }
        return lines.size();
    }

    private static List<Cell> cells(List<String> region, boolean pipes, boolean deadlineColumn) {
        List<Cell> out = new ArrayList<>();
        for (String line : region) {
            List<String> parts = new ArrayList<>();
            for (String p : pipes ? line.split("\\|", -1) : new String[] {line}) {
                if (!p.isBlank()) {
                    parts.add(p.strip());
                }
            }
            parts.forEach(p -> out.add(new Cell(p, kindOf(p))));
            if (parts.size() >= 2) {
                out.add(new Cell("", Kind.ROW_END));
            }
        }
        return groups(out, deadlineColumn);
    }

    private static Kind kindOf(String text) {
        String f = TextFolding.fold(text).strip();
        if (SEQ.matcher(f).matches()) {
            return Kind.SEQ;
        }
        if (STATUS.matcher(f).matches()) {
            return Kind.STATUS;
        }
        Numbering.Label label = Numbering.at(text, f);
        if (label != null && (label.style() == Numbering.Style.CHINESE || label.style() == Numbering.Style.CHINESE_PAREN)) {
            return Kind.SECTION;
        }
        if (isDeadline(text, f)) {
            return Kind.DEADLINE;
        }
        if (UnitNames.isUnitList(text)) {
            return Kind.UNIT;
        }
        return Kind.TEXT;
    }

    private static boolean isDeadline(String text, String folded) {
        if (folded.length() > 24 || folded.indexOf('。') >= 0 && folded.indexOf('。') < folded.length() - 1) {
            return false;
        }
        int covered = 0;
        for (Deadline d : DeadlineFinder.find(text, null)) {
            covered += d.phrase().length();
        }
        if (covered == 0 && DeadlineFinder.isOngoingWord(folded)) {
            covered = folded.length();
        }
        return covered * 5 >= folded.length() * 2;
    }

    /**
     * A short title (no full stop, at most 30 characters) followed by a 序号 or by task text is the
     * 工作任务 cell grouping the rows after it; several such titles in a row are levels, the last one the
     * group. A title numbered 1. keeps its number as the 序号 (「1.行政规范性文件集中公开」).
     */
    private static List<Cell> groups(List<Cell> cells, boolean deadlineColumn) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            // Right after a row's units, short text is its time limit worded without a date, not a title.
            boolean afterUnits = deadlineColumn && i > 0 && cells.get(i - 1).kind() == Kind.UNIT;
            if (c.kind() == Kind.TEXT && !afterUnits && isTitle(c.text()) && nextIs(cells, i, Kind.SEQ, Kind.TEXT)) {
                String f = TextFolding.fold(c.text());
                Numbering.Label label = Numbering.at(c.text(), f);
                if (label != null && label.style() == Numbering.Style.ARABIC) {
                    out.add(new Cell(String.valueOf(label.value()), Kind.SEQ));
                    out.add(new Cell(c.text().substring(label.textStart()).strip(), Kind.GROUP));
                } else {
                    out.add(new Cell(c.text(), Kind.GROUP));
                }
                continue;
            }
            out.add(c);
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).kind() == Kind.GROUP && out.get(i + 1).kind() == Kind.GROUP) {
                out.set(i, new Cell(out.get(i).text(), Kind.SECTION));
            }
        }
        return out;
    }

    private static boolean isTitle(String text) {
        String f = TextFolding.fold(text).strip();
        int stop = f.indexOf('。');
        return f.length() <= 30 && (stop < 0 || stop == f.length() - 1) && f.indexOf('；') < 0;
    }

    private static boolean nextIs(List<Cell> cells, int i, Kind a, Kind b) {
        for (int j = i + 1; j < cells.size(); j++) {
            Kind k = cells.get(j).kind();
            if (k == Kind.ROW_END || k == Kind.STATUS) {
                continue;
            }
            return k == a || k == b;
        }
        return false;
    }

    /** Puts typed cells back into rows of the regular table. */
    private static final class Assembler {
        private final boolean leadColumn;
        private final boolean unitColumn;
        private final boolean deadlineColumn;
        private final List<List<SourceBlock.Cell>> rows = new ArrayList<>();
        private String group;
        private boolean groupStarted;
        private String seq;
        private String[] current;
        private boolean[] currentMerged;
        private String[] previous;
        private String previousGroup;
        private boolean noGroup;

        Assembler(List<String> header) {
            boolean lead = false;
            boolean unit = false;
            boolean deadline = false;
            for (String h : header) {
                TaskTable.Column c = TaskTable.classify(h);
                lead |= c == TaskTable.Column.LEAD;
                unit |= c == TaskTable.Column.LEAD || c == TaskTable.Column.RESPONSIBLE;
                deadline |= c == TaskTable.Column.DEADLINE;
            }
            leadColumn = lead;
            unitColumn = unit;
            deadlineColumn = deadline;
        }

        List<List<SourceBlock.Cell>> rows(List<Cell> cells) {
            rows.add(row(HEADER.toArray(new String[0]), new boolean[HEADER.size()]));
            for (Cell c : cells) {
                switch (c.kind()) {
                    case SECTION -> {
                        close();
                        String[] r = {c.text(), "", "", "", "", ""};
                        rows.add(row(r, new boolean[6]));
                        group = null;
                        previous = null;
                    }
                    case GROUP -> {
                        close();
                        group = c.text();
                        groupStarted = false;
                        previous = null;
                    }
                    case SEQ -> {
                        close();
                        seq = c.text();
                    }
                    case TEXT -> {
                        if (current != null && deadlineColumn && current[5] == null && (current[3] != null || current[4] != null)
                                && isTitle(c.text())) {
                            // Short text after the units, where the 完成时限 goes: a limit worded without a date.
                            current[5] = c.text();
                            continue;
                        }
                        close();
                        current = new String[] {seq == null ? "" : seq, group == null ? "" : group, c.text(), null, null, null};
                        currentMerged = new boolean[6];
                        currentMerged[1] = group != null && groupStarted;
                        noGroup = group == null;
                        groupStarted = group != null;
                        seq = null;
                    }
                    case UNIT -> {
                        if (current != null) {
                            int col = leadColumn && current[3] == null && current[4] == null ? 3 : 4;
                            current[col] = current[col] == null ? c.text() : current[col] + "、" + c.text();
                        }
                    }
                    case DEADLINE -> {
                        if (current != null && current[5] == null) {
                            current[5] = c.text();
                        }
                    }
                    case ROW_END -> close();
                    default -> {
                    }
                }
            }
            close();
            return rows;
        }

        private void close() {
            if (current == null) {
                return;
            }
            boolean sameGroup = previous != null && java.util.Objects.equals(previousGroup, group);
            if (unitColumn && current[3] == null && current[4] == null && sameGroup) {
                for (int c = 3; c <= 4; c++) {
                    current[c] = previous[c];
                    currentMerged[c] = previous[c] != null;
                }
            }
            if (deadlineColumn && current[5] == null && sameGroup && previous[5] != null) {
                current[5] = previous[5];
                currentMerged[5] = true;
            }
            List<SourceBlock.Cell> made = row(current, currentMerged);
            if (noGroup) {
                // No 工作任务 over this row: say so, or the empty cell reads as merged from the row above.
                made.set(1, new SourceBlock.Cell("", false, true));
            }
            rows.add(made);
            previous = current;
            previousGroup = group;
            current = null;
        }

        private static List<SourceBlock.Cell> row(String[] texts, boolean[] merged) {
            List<SourceBlock.Cell> out = new ArrayList<>();
            for (int c = 0; c < texts.length; c++) {
                // Only the unit and time-limit cells (3..5) are ever copied from the row above.
                out.add(new SourceBlock.Cell(texts[c] == null ? "" : texts[c], merged[c], false, merged[c] && c >= 3));
            }
            return out;
        }
    }
}
