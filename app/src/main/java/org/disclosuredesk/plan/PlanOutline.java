// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the tree of numbered items from the plan's body. A label of a style already open continues
 * that level (二、 after 一、); a new style opens a level below; a 一、 right under a 三、 that has no
 * items yet starts a level of its own (plans that number their task list afresh under 三、重点分工).
 * Lines without a label belong to the item above them; lines before the first item are the preamble.
 * Sections that state the plan's basis (指导思想, 基本原则, 工作目标…) are kept out of the tasks.
 */
final class PlanOutline {

    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d*\\s*[：:]?.{0,60}$");
    private static final Pattern NOT_TASKS = Pattern.compile(
            ".*(?:指导思想|基本原则|工作原则|工作目标|总体目标|主要目标|目标任务|总体要求|总体思路|编制依据|适用范围).*");
    private static final Pattern RUN_ON_BASIS = Pattern.compile("(?:指导思想|基本原则|工作原则|工作目标|总体目标|主要目标|总体要求|总体思路)(?![，,、和与及])");
    private static final Pattern ACTION = Pattern.compile(".*(?:加强|强化|推进|落实|完善|做好|开展|提升|健全|建立|抓好|考核).*");

    private final OutlineNode root = OutlineNode.root();
    private final List<OutlineNode> stack = new ArrayList<>();

    private PlanOutline() {
    }

    static OutlineNode build(List<Object> body) {
        PlanOutline outline = new PlanOutline();
        for (Object o : body) {
            if (o instanceof PlanLines.Line l) {
                outline.line(l);
            } else if (o instanceof PlanLines.TableAt t) {
                outline.table(t.table());
            }
        }
        return outline.root;
    }

    private void line(PlanLines.Line l) {
        if (ATTACHMENT.matcher(l.folded()).matches() && !l.folded().contains("。")) {
            stack.clear();
            return;
        }
        Numbering.Label label = Numbering.at(l.text(), l.folded());
        if (label != null && label.style() == Numbering.Style.SHI && !stack.isEmpty()
                && InlineItems.find(l.text()).size() >= 2) {
            // "一是…；二是…" in one paragraph: the items of the item above, read inline with its notes.
            label = null;
        }
        if (label == null) {
            if (!stack.isEmpty()) {
                top().lines.add(l);
            }
            return;
        }
        OutlineNode node = place(label);
        node.lines.add(new PlanLines.Line(l.text().substring(label.textStart()), l.folded().substring(label.textStart()),
                l.start() + label.textStart(), l.end()));
        node.excluded = isNotTasks(node.title());
    }

    private OutlineNode place(Numbering.Label label) {
        int same = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).label != null && stack.get(i).label.style() == label.style()) {
                same = i;
                break;
            }
        }
        OutlineNode parent;
        if (same < 0) {
            parent = stack.isEmpty() ? root : top();
        } else if (label.value() == 1 && same == stack.size() - 1 && stack.get(same).children.isEmpty()) {
            // A list numbered afresh right under its heading: one level down (三、重点分工 / 一、… 二、…).
            parent = top();
            if (isExcluded(parent)) {
                stack.clear();
                parent = root;
            }
        } else {
            while (stack.size() > same) {
                stack.remove(stack.size() - 1);
            }
            parent = stack.isEmpty() ? root : top();
        }
        OutlineNode node = new OutlineNode(label, label.written(), parent, null);
        parent.children.add(node);
        stack.add(node);
        return node;
    }

    private void table(SourceBlock.Table table) {
        Optional<List<TaskTable.Row>> rows = TaskTable.read(table);
        if (rows.isEmpty()) {
            // A layout table: read its cells as lines, in order.
            for (List<SourceBlock.Cell> row : table.rows()) {
                for (SourceBlock.Cell cell : row) {
                    if (cell.mergedLeft() || cell.mergedAbove()) {
                        continue;
                    }
                    for (String part : cell.text().split("\n")) {
                        PlanLines.Line l = PlanLines.clean(part, table.start());
                        if (l != null) {
                            line(l);
                        }
                    }
                }
            }
            return;
        }
        OutlineNode parent = stack.isEmpty() ? root : top();
        List<OutlineNode> made = new ArrayList<>();
        for (TaskTable.Row row : rows.get()) {
            OutlineNode p = row.parent() < 0 ? parent : made.get(row.parent());
            OutlineNode node = new OutlineNode(null, row.label(), p, row);
            node.sourceStart = table.start();
            node.sourceEnd = table.end();
            p.children.add(node);
            made.add(node);
        }
    }

    private static boolean isNotTasks(String title) {
        String t = title.strip();
        // A heading whose body runs on without a break (a copy that lost its line breaks) starts with the word.
        return t.length() <= 24 && NOT_TASKS.matcher(t).matches() && !ACTION.matcher(t).matches()
                || t.length() > 24 && RUN_ON_BASIS.matcher(t).lookingAt();
    }

    private static boolean isExcluded(OutlineNode node) {
        for (OutlineNode n = node; n != null; n = n.parent) {
            if (n.excluded) {
                return true;
            }
        }
        return false;
    }

    private OutlineNode top() {
        return stack.get(stack.size() - 1);
    }
}
