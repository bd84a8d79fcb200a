// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.text.ChineseNumeral;

/**
 * A count quoted in the narrative, e.g. 52 in 「其中予以公开52件」: its value, where it stands
 * ({@code start}–{@code end}, the number and its 件) and the words of its clause before it ({@code context},
 * from the last 、，。；：（ or line break).
 */
public record QuotedNumber(long value, int start, int end, String context) {

    private static final Pattern COUNT = Pattern.compile(
            "([0-9０-９][0-9０-９,]*|[" + ChineseNumeral.CHARS + "]+)\\s*(件|起|宗)");
    private static final String CLAUSE_BREAKS = "，,。；;：:！？!?\n、（）()“”";

    /** Every count in {@code text} followed by 件 (or 起, 宗 for cases). */
    public static List<QuotedNumber> findAll(String text) {
        List<QuotedNumber> found = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && (text.charAt(m.start() - 1) == '.' || text.charAt(m.start() - 1) == '第')) {
                continue; // 2.5件 or 第一件: not a count
            }
            long v = value(m.group(1));
            if (v >= 0) {
                found.add(new QuotedNumber(v, m.start(), m.end(), clauseBefore(text, m.start())));
            }
        }
        return found;
    }

    /** Arabic (58, ５８, 1,234) or Chinese (五十八, 一百零二, 两千); -1 when neither. */
    static long value(String text) {
        String t = text.strip().replace(",", "");
        if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
            long v = 0;
            for (int i = 0; i < t.length(); i++) {
                v = v * 10 + Character.digit(t.charAt(i), 10);
            }
            return v;
        }
        return ChineseNumeral.parse(t);
    }

    private static String clauseBefore(String text, int at) {
        int from = at;
        while (from > 0 && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, at);
    }
}
