// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.util.ArrayList;
import java.util.List;

/** A line of the source document as the review shows it, with its offsets in the source text. */
public record SourceLine(int number, int start, int end, String text) {

    static List<SourceLine> of(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int pos = 0;
        int n = 1;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                // Blank lines are left out of the view; numbers still count them, as an editor would.
                lines.add(new SourceLine(n, pos, end, line));
            }
            n++;
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    boolean overlaps(int from, int to) {
        return from < Math.max(end, start + 1) && to > start;
    }
}
