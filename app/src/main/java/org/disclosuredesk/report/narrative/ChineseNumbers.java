// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import java.util.OptionalLong;

/**
 * Reads the numbers a report writes: Arabic (58, ５８, 1,234) or Chinese numerals (五十八, 一百零二, 两千,
 * 十五, 〇). Used to compare the figures quoted in the narrative with the tables.
 */
public final class ChineseNumbers {

    public static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

    private ChineseNumbers() {
    }

    public static OptionalLong parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        String t = text.strip().replace(",", "");
        if (t.chars().allMatch(ChineseNumbers::isDigit)) {
            long v = 0;
            for (int i = 0; i < t.length(); i++) {
                v = v * 10 + Character.digit(t.charAt(i), 10);
            }
            return OptionalLong.of(v);
        }
        if (t.chars().allMatch(c -> NUMERAL_CHARS.indexOf(c) >= 0)) {
            return OptionalLong.of(chinese(t));
        }
        return OptionalLong.empty();
    }

    /** ASCII or full-width digit. */
    public static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static long chinese(String t) {
        long total = 0;
        long section = 0;
        long number = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                digit = 0;
            } else if (c == '两') {
                digit = 2;
            }
            if (digit >= 0) {
                number = digit;
                continue;
            }
            if (c == '万') {
                total += (section + number) * 10_000;
                section = 0;
                number = 0;
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            if (number == 0 && unit == 10) {
                number = 1; // 十五 = 15
            }
            section += number * unit;
            number = 0;
        }
        return total + section + number;
    }
}
