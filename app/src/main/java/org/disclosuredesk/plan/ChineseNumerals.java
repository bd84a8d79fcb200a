// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/** 一 to 九十九 (and 百) as plans number their sections; 两 and 〇 as they appear in counts. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '两' || c == '零';
    }

    /** The value of a Chinese numeral, or -1 if the text is not one. */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            } else if (c == '百') {
                total += (current < 0 ? 1 : current) * 100;
                current = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(current, 0);
    }

    /** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五. */
    static String format(int value) {
        if (value <= 0 || value >= 100) {
            return String.valueOf(value);
        }
        int tens = value / 10;
        int ones = value % 10;
        StringBuilder sb = new StringBuilder();
        if (tens > 0) {
            if (tens > 1) {
                sb.append(DIGITS.charAt(tens));
            }
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS.charAt(ones));
        }
        return sb.toString();
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        if (c == '零') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
