// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the outline into the plan's items: an item with items under it (numbered, or inline 一是…二是…)
 * is a heading, any other is a task. Each responsibility note covers the text written since the
 * previous note, so a note closing "一是…；二是…（…）" covers both, and two notes in one item each cover
 * their own sentences. A task with no note of its own takes the units its heading's note names.
 */
final class ItemBuilder {

    private final Integer year;
    private final List<PlanItem> items = new ArrayList<>();

    private ItemBuilder(Integer year) {
        this.year = year;
    }

    static List<PlanItem> build(OutlineNode root, Integer year) {
        ItemBuilder b = new ItemBuilder(year);
        for (OutlineNode child : root.children) {
            b.node(child, -1, Units.NONE);
        }
        return b.items;
    }

    /** Units a heading hands down to tasks that name none. */
    private record Units(List<String> lead, List<String> responsible) {
        static final Units NONE = new Units(List.of(), List.of());

        boolean isEmpty() {
            return lead.isEmpty() && responsible.isEmpty();
        }
    }

    private void node(OutlineNode node, int parent, Units inherited) {
        if (node.excluded) {
            return;
        }
        if (node.row != null) {
            tableRow(node, parent, inherited);
            return;
        }
        Content content = Content.of(node);
        List<NoteFinder.Found> notes = NoteFinder.find(content.text);
        List<InlineItems.Item> inline = node.label.style() == Numbering.Style.SHI ? List.of() : InlineItems.find(content.text);
        if (node.children.isEmpty() && inline.isEmpty()) {
            PlanItem task = task(node.path(), parent, content, 0, content.text.length(), notes, inherited, List.of(), "", Set.of());
            if (!isClosingRemarks(node, task)) {
                items.add(task);
            }
            return;
        }
        int titleEnd = inline.isEmpty() ? content.text.length() : inline.get(0).start();
        Covered own = covered(content.text, 0, titleEnd, notes);
        int index = items.size();
        items.add(new PlanItem(parent, node.path(), true, own.text, own.lead(), own.responsible(), List.of(), List.of(), List.of(),
                content.sourceAt(0), content.sourceAt(content.text.length())));
        Units handDown = own.units().isEmpty() ? inherited : own.units();
        for (InlineItems.Item item : inline) {
            List<String> path = new ArrayList<>(node.path());
            path.add(item.written());
            items.add(task(path, index, content, item.textStart(), item.end(), notes, handDown, List.of(), "", Set.of()));
        }
        for (OutlineNode child : node.children) {
            node(child, index, handDown);
        }
    }

    private void tableRow(OutlineNode node, int parent, Units inherited) {
        TaskTable.Row row = node.row;
        Content content = new Content(row.text(), new int[] {0}, new int[] {node.sourceStart}, node.sourceEnd);
        List<NoteFinder.Found> notes = NoteFinder.find(row.text());
        if (row.heading()) {
            Covered own = covered(row.text(), 0, row.text().length(), notes);
            int index = items.size();
            items.add(new PlanItem(parent, node.path(), true, own.text, own.lead(), own.responsible(), List.of(), List.of(),
                    List.of(), node.sourceStart, node.sourceEnd));
            Units handDown = own.units().isEmpty() ? inherited : own.units();
            for (OutlineNode child : node.children) {
                node(child, index, handDown);
            }
            return;
        }
        Units cells = new Units(row.leadUnits(), row.responsibleUnits());
        items.add(task(node.path(), parent, content, 0, row.text().length(), notes, inherited,
                List.of(cells), row.deadlineCell(), row.doubts()));
    }

    /** A task from {@code [from, to)} of the content, with the notes covering it and any table cells. */
    private PlanItem task(List<String> path, int parent, Content content, int from, int to, List<NoteFinder.Found> notes,
            Units inherited, List<Units> cellUnits, String deadlineCell, Set<Doubt> rowDoubts) {
        EnumSet<Doubt> doubts = rowDoubts.isEmpty() ? EnumSet.noneOf(Doubt.class) : EnumSet.copyOf(rowDoubts);
        Covered c = covered(content.text, from, to, notes);
        LinkedHashSet<String> lead = new LinkedHashSet<>(c.lead());
        LinkedHashSet<String> responsible = new LinkedHashSet<>(c.responsible());
        for (Units u : cellUnits) {
            lead.addAll(u.lead());
            responsible.addAll(u.responsible());
        }
        if (lead.isEmpty() && responsible.isEmpty()) {
            lead.addAll(inherited.lead());
            responsible.addAll(inherited.responsible());
            if (!lead.isEmpty() || !responsible.isEmpty()) {
                // No unit of its own: the heading's note is handed down, a reading the clerk should confirm.
                doubts.add(Doubt.UNITS);
            }
        }
        List<Deadline> deadlines = new ArrayList<>();
        if (!deadlineCell.isBlank()) {
            deadlines.addAll(DeadlineFinder.fromCell(deadlineCell, year));
        } else {
            deadlines.addAll(DeadlineFinder.find(c.text, year));
        }
        for (String phrase : c.notePhrases) {
            deadlines.addAll(DeadlineFinder.fromCell(phrase, year));
        }
        deadlines = distinctPhrases(deadlines);
        if (deadlines.stream().anyMatch(DeadlineFinder::isGuess)) {
            doubts.add(Doubt.DEADLINE);
        }
        List<TaskPart> parts = c.parts.size() >= 2 ? c.parts : List.of();
        return new PlanItem(parent, path, false, c.text, new ArrayList<>(lead), new ArrayList<>(responsible), deadlines,
                TargetFinder.find(c.text), parts, content.sourceAt(from), content.sourceAt(to), doubts);
    }

    /**
     * A closing section such as "三、工作要求 各单位要高度重视…" with no items and no units is an exhortation,
     * not a task; the same section with numbered items or a responsibility note is kept.
     */
    private static boolean isClosingRemarks(OutlineNode node, PlanItem task) {
        return node.parent != null && node.parent.label == null && task.leadUnits().isEmpty() && task.responsibleUnits().isEmpty()
                && CLOSING.matcher(node.title().strip()).matches();
    }

    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile(
            "(?:工作要求|有关要求|组织保障|保障措施|组织实施|工作保障|其他事项|其他)[。：]?");

    /** A phrase written twice in one task ("年内…年内") is one time limit. */
    private static List<Deadline> distinctPhrases(List<Deadline> deadlines) {
        List<Deadline> out = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (Deadline d : deadlines) {
            if (seen.add(d.phrase())) {
                out.add(d);
            }
        }
        return out;
    }

    /** The text of {@code [from, to)} without notes, and the notes that cover it. */
    private record Covered(String text, List<ResponsibilityNote> notes, List<TaskPart> parts, List<String> notePhrases) {

        List<String> lead() {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            notes.forEach(n -> all.addAll(n.leadUnits()));
            return new ArrayList<>(all);
        }

        List<String> responsible() {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            notes.forEach(n -> all.addAll(n.responsibleUnits()));
            return new ArrayList<>(all);
        }

        Units units() {
            return new Units(lead(), responsible());
        }
    }

    private static Covered covered(String text, int from, int to, List<NoteFinder.Found> notes) {
        List<ResponsibilityNote> covering = new ArrayList<>();
        List<TaskPart> parts = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        int coverStart = 0;
        int previousEnd = 0;
        for (NoteFinder.Found f : notes) {
            // Notes written one after another (牵头单位：… / 责任单位：… / 完成时限：… on their own lines)
            // together cover the text before the first of them.
            if (meaningful(text, previousEnd, f.start(), notes)) {
                coverStart = previousEnd;
            }
            int a = Math.max(from, coverStart);
            int b = Math.min(to, f.start());
            if (a < b && meaningful(text, a, b, notes)) {
                covering.add(f.note());
                phrases.addAll(f.note().deadlinePhrases());
                parts.add(new TaskPart(clean(withoutNotes(text, a, b, notes)), f.note().leadUnits(), f.note().responsibleUnits()));
            }
            previousEnd = f.end();
        }
        return new Covered(clean(withoutNotes(text, from, to, notes)), covering, mergedParts(parts), phrases);
    }

    /** Parts covering the same text (consecutive notes) are one part with all their units. */
    private static List<TaskPart> mergedParts(List<TaskPart> parts) {
        List<TaskPart> out = new ArrayList<>();
        for (TaskPart p : parts) {
            TaskPart last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.text().equals(p.text())) {
                LinkedHashSet<String> lead = new LinkedHashSet<>(last.leadUnits());
                lead.addAll(p.leadUnits());
                LinkedHashSet<String> responsible = new LinkedHashSet<>(last.responsibleUnits());
                responsible.addAll(p.responsibleUnits());
                out.set(out.size() - 1, new TaskPart(last.text(), new ArrayList<>(lead), new ArrayList<>(responsible)));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean meaningful(String text, int a, int b, List<NoteFinder.Found> notes) {
        String s = withoutNotes(text, a, b, notes);
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutNotes(String text, int from, int to, List<NoteFinder.Found> notes) {
        StringBuilder sb = new StringBuilder();
        int i = from;
        for (NoteFinder.Found f : notes) {
            if (f.end() <= from || f.start() >= to) {
                continue;
            }
            if (f.start() > i) {
                sb.append(text, i, f.start());
            }
            i = Math.max(i, f.end());
        }
        if (i < to) {
            sb.append(text, i, to);
        }
        return sb.toString();
    }

    /** Trims each line, drops empty ones, and the 、；， an inline item ends with before the next. */
    static String clean(String s) {
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        String out = String.join("\n", lines);
        while (!out.isEmpty() && "；;，,、".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    /** An item's lines as one text, and where each line sits in the source. */
    private record Content(String text, int[] lineStarts, int[] sourceStarts, int sourceEnd) {

        static Content of(OutlineNode node) {
            StringBuilder sb = new StringBuilder();
            int[] starts = new int[node.lines.size()];
            int[] sources = new int[node.lines.size()];
            for (int i = 0; i < node.lines.size(); i++) {
                if (i > 0) {
                    sb.append('\n');
                }
                starts[i] = sb.length();
                sources[i] = node.lines.get(i).start();
                sb.append(node.lines.get(i).text());
            }
            int end = node.lines.isEmpty() ? 0 : node.lines.get(node.lines.size() - 1).end();
            return new Content(sb.toString(), starts, sources, end);
        }

        int sourceAt(int offset) {
            if (offset >= text.length()) {
                return sourceEnd;
            }
            int line = 0;
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
                line++;
            }
            return lineStarts.length == 0 ? sourceEnd : sourceStarts[line] + (offset - lineStarts[line]);
        }
    }
}
