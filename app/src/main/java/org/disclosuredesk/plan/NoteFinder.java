// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.shared.TextFolding;

/**
 * Finds the responsibility notes in an item's text: a bracket whose content reads as a note
 * ({@code （责任单位：…）}, {@code (党政办公室牵头落实)}, {@code 【…】}), a line that starts with a note
 * label ({@code 责任单位：…。} written after the task), or a label after a sentence on the same line.
 * Brackets that are not notes (document numbers, explanations) stay in the text.
 */
final class NoteFinder {

    /** A note and where it sits in the text ({@code end} exclusive). */
    record Found(int start, int end, ResponsibilityNote note) {
    }

    private NoteFinder() {
    }

    static List<Found> find(String text) {
        String folded = TextFolding.fold(text);
        List<Found> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            scanLine(text, folded, lineStart, lineEnd, found);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return found;
    }

    private static void scanLine(String text, String folded, int from, int to, List<Found> found) {
        String line = folded.substring(from, to);
        int labelAt = ResponsibilityNote.startsWithLabel(line) ? 0 : ResponsibilityNote.labelAfterSentence(line);
        int bracketsUntil = labelAt >= 0 ? from + labelAt : to;
        brackets(text, folded, from, bracketsUntil, found);
        if (labelAt >= 0) {
            int skip = from + labelAt;
            while (skip < to && Character.isWhitespace(text.charAt(skip))) {
                skip++;
            }
            int start = skip;
            Optional<ResponsibilityNote> note = ResponsibilityNote.parse(stripEnd(text.substring(start, to)));
            note.ifPresent(n -> found.add(new Found(start, to, n)));
            if (note.isEmpty()) {
                brackets(text, folded, start, to, found);
            }
        }
    }

    private static void brackets(String text, String folded, int from, int to, List<Found> found) {
        int i = from;
        while (i < to) {
            char c = folded.charAt(i);
            char close = c == '（' ? '）' : c == '【' ? '】' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int end = matching(folded, i, to, c, close);
            if (end < 0) {
                i++;
                continue;
            }
            Optional<ResponsibilityNote> note = ResponsibilityNote.parse(text.substring(i + 1, end).strip());
            if (note.isPresent()) {
                found.add(new Found(i, end + 1, note.get()));
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    private static int matching(String folded, int open, int to, char o, char c) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char ch = folded.charAt(i);
            if (ch == o) {
                depth++;
            } else if (ch == c) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。；，.;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
