// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan whose line breaks a copy lost: 「…制定本方案。一、工作目标……二、工作任务(一)围绕……1.把公开透明……」 on
 * one line. The line is cut before each label that follows a full stop or colon, that opens a list right
 * after a short heading (「二、工作任务(一)」), or that continues a list already cut on this line
 * (「1.强化组织领导2.健全……」) — and only when the numbers run in order and at least two cuts are found, so
 * a sentence quoting 「(一)项」 stays whole.
 */
final class RunInLabels {

    private static final int MIN_LENGTH = 120;
    private static final String STOPS = "。；：！？";

    private RunInLabels() {
    }

    /** The lines {@code line} falls into (itself when it is not run-in text). */
    static List<PlanLines.Line> split(PlanLines.Line line) {
        String text = line.text();
        String folded = line.folded();
        if (folded.length() < MIN_LENGTH) {
            return List.of(line);
        }
        List<Integer> cuts = new ArrayList<>();
        Map<Numbering.Style, Integer> next = new EnumMap<>(Numbering.Style.class);
        int lastCut = 0;
        for (int i = 1; i < folded.length() - 1; i++) {
            if (!mayOpenLabel(folded.charAt(i))) {
                continue;
            }
            Numbering.Label label = Numbering.at(text.substring(i), folded.substring(i));
            if (label == null || label.style() == Numbering.Style.SHI || label.style() == Numbering.Style.CIRCLED
                    || label.style() == Numbering.Style.DI || label.style() == Numbering.Style.CHINESE && !endsWithDunhao(folded, i)) {
                continue;
            }
            int expected = next.getOrDefault(label.style(), 1);
            if (label.value() != expected && label.value() != 1) {
                continue;
            }
            char before = folded.charAt(i - 1);
            boolean afterStop = STOPS.indexOf(before) >= 0;
            boolean afterHeading = label.value() == 1 && i - lastCut <= 16 && folded.substring(lastCut, i).indexOf('。') < 0 && !cuts.isEmpty();
            boolean continuesList = label.value() > 1 && label.value() == expected && !Character.isDigit(before);
            if (!afterStop && !afterHeading && !continuesList) {
                continue;
            }
            cuts.add(i);
            lastCut = i;
            next.put(label.style(), label.value() + 1);
            resetLower(next, label.style());
            i += label.textStart() - 1;
        }
        if (cuts.size() < 2) {
            return List.of(line);
        }
        List<PlanLines.Line> out = new ArrayList<>();
        int from = 0;
        cuts.add(text.length());
        for (int cut : cuts) {
            String part = text.substring(from, cut).strip();
            if (!part.isEmpty()) {
                int lead = text.indexOf(part, from);
                out.add(new PlanLines.Line(part, folded.substring(lead, lead + part.length()), line.start() + lead,
                        line.start() + lead + part.length()));
            }
            from = cut;
        }
        return out;
    }

    /** 「二、」 only: inside run-in text 「统一，」 is not a label. */
    private static boolean endsWithDunhao(String folded, int at) {
        int j = at;
        while (j < folded.length() && "一二三四五六七八九十".indexOf(folded.charAt(j)) >= 0) {
            j++;
        }
        return j < folded.length() && folded.charAt(j) == '、';
    }

    private static boolean mayOpenLabel(char c) {
        return Character.isDigit(c) || c == '（' || c == '(' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** A higher label (二、) starts its sub-lists ((一), 1.) afresh. */
    private static void resetLower(Map<Numbering.Style, Integer> next, Numbering.Style style) {
        List<Numbering.Style> order = List.of(Numbering.Style.CHINESE, Numbering.Style.CHINESE_PAREN, Numbering.Style.ARABIC,
                Numbering.Style.ARABIC_PAREN);
        int at = order.indexOf(style);
        if (at < 0) {
            return;
        }
        for (int k = at + 1; k < order.size(); k++) {
            next.remove(order.get(k));
        }
    }
}
