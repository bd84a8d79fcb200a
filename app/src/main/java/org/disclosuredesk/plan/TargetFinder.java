// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.disclosuredesk.shared.TextFolding;
import org.disclosuredesk.shared.text.ChineseNumeral;

/**
 * Finds measurable targets, kept as written: a comparison with a number and a measure
 * ({@code 每周更新不少于2次}, {@code 回复率不低于80%}, {@code 每年至少要听取一次}), a rate or degree with its figure
 * ({@code 公开率达100%}, {@code 按时办结率100%}, {@code 满意度达到95%以上}) and a count "or more" in a period
 * ({@code 每季度召开1次以上}). The patterns are data ({@code target-rules.tsv}), each with examples in
 * {@code target-examples.tsv} that are tests; this class only reads a match: how many, of what, per which period.
 */
final class TargetFinder {

    /** How a rule is written; all three read the same groups, the shape names the rule in the table. */
    enum Shape { COMPARISON, RATE, AT_LEAST }

    static final PhraseTable<Shape> RULES = PhraseTable.load("target-rules.tsv", Shape.class);

    private TargetFinder() {
    }

    static List<Target> find(String text) {
        String folded = TextFolding.fold(text);
        List<Target> out = new ArrayList<>();
        for (PhraseTable.Hit<Shape> h : RULES.find(folded)) {
            // Java 17's MatchResult has no named groups: read the phrase again with a Matcher, which has.
            Matcher m = h.rule().pattern().matcher(folded.substring(h.start(), h.end()));
            if (!m.matches()) {
                continue;
            }
            String number = m.group("number");
            BigDecimal quantity = Character.isDigit(number.charAt(0)) ? new BigDecimal(number)
                    : BigDecimal.valueOf(ChineseNumeral.parse(number));
            out.add(new Target(text.substring(h.start(), h.end()), quantity, m.group("measure"), period(h, m)));
        }
        return out;
    }

    private static Recurrence period(PhraseTable.Hit<Shape> h, Matcher m) {
        // A rule without a (?<period>) group (RATE) names no period; asking for the group would throw.
        if (!h.rule().pattern().pattern().contains("(?<period>")) {
            return null;
        }
        String word = m.group("period");
        if (word == null || word.startsWith("每天") || word.startsWith("每日")) {
            return null;
        }
        if (word.startsWith("每周") || word.startsWith("每星期")) {
            return Recurrence.WEEKLY;
        }
        if (word.startsWith("每月")) {
            return Recurrence.MONTHLY;
        }
        if (word.startsWith("每季度")) {
            return Recurrence.QUARTERLY;
        }
        if (word.startsWith("每半年")) {
            return Recurrence.HALF_YEARLY;
        }
        return Recurrence.YEARLY;
    }
}
