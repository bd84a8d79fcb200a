// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered item while the outline is being built: its label, its lines (the first is the text after
 * the label), the items numbered under it. A row of a task table arrives with its cells already read.
 */
final class OutlineNode {

    final Numbering.Label label;
    final String written;
    final OutlineNode parent;
    final List<OutlineNode> children = new ArrayList<>();
    final List<PlanLines.Line> lines = new ArrayList<>();
    final TaskTable.Row row;
    boolean excluded;
    /** For a table row: where its table sits in the source text. */
    int sourceStart = -1;
    int sourceEnd = -1;

    OutlineNode(Numbering.Label label, String written, OutlineNode parent, TaskTable.Row row) {
        this.label = label;
        this.written = written;
        this.parent = parent;
        this.row = row;
    }

    static OutlineNode root() {
        return new OutlineNode(null, null, null, null);
    }

    List<String> path() {
        List<String> path = new ArrayList<>();
        for (OutlineNode n = this; n != null && n.parent != null; n = n.parent) {
            path.add(0, n.written);
        }
        return path;
    }

    /** The heading text: the first line up to its first full stop. */
    String title() {
        if (lines.isEmpty()) {
            return row == null ? "" : row.text();
        }
        String first = lines.get(0).folded();
        int stop = first.indexOf('。');
        return stop < 0 ? first : first.substring(0, stop);
    }
}
