// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count quoted in the narrative, e.g. 52 in 「其中予以公开52件」: its value, where it stands
 * ({@code start}–{@code end}, the number and its 件) and the words of its clause before it ({@code context},
 * from the last 、，。；：（ or line break).
 */
public record QuotedNumber(long value, int start, int end, String context) {

    private static final Pattern COUNT = Pattern.compile(
            "([0-9０-９][0-9０-９,]*|[" + ChineseNumbers.NUMERAL_CHARS + "]+)\\s*(件|起|宗)");
    private static final String CLAUSE_BREAKS = "，,。；;：:！？!?\n、（）()“”";

    /** Every count in {@code text} followed by 件 (or 起, 宗 for cases). */
    public static List<QuotedNumber> findAll(String text) {
        List<QuotedNumber> found = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && (text.charAt(m.start() - 1) == '.' || text.charAt(m.start() - 1) == '第')) {
                continue; // 2.5件 or 第一件: not a count
            }
            ChineseNumbers.parse(m.group(1)).ifPresent(v -> found.add(
                    new QuotedNumber(v, m.start(), m.end(), clauseBefore(text, m.start()))));
        }
        return found;
    }

    private static String clauseBefore(String text, int at) {
        int from = at;
        while (from > 0 && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, at);
    }
}
