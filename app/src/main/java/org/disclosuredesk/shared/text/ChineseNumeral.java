// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.text;

/**
 * Chinese numerals both ways, as plans number their sections （十九）（二十一）, reports quote their
 * figures (一百零二件, 两千) and years are written (二〇二五). Reads 〇/零, 两, 十/百/千/万 and the
 * financial forms 壹贰叁…拾佰仟; writes the everyday form (十二, 二十, 一百零一, 一千零五十).
 */
public final class ChineseNumeral {

    /** Every character a Chinese numeral may contain. */
    public static final String CHARS = "零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟";
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String FINANCIAL = "零壹贰叁肆伍陆柒捌玖";

    private ChineseNumeral() {
    }

    public static boolean isNumeralChar(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    /** The value of a Chinese numeral, or -1 when the text is not one (blank, or any other character). */
    public static long parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        boolean units = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isNumeralChar(c)) {
                return -1;
            }
            units |= unit(c) > 0;
        }
        return units ? withUnits(text) : positional(text);
    }

    /** 二〇二五 → 2025: digits written one after another, as years are. */
    private static long positional(String text) {
        long v = 0;
        for (int i = 0; i < text.length(); i++) {
            v = v * 10 + digit(text.charAt(i));
        }
        return v;
    }

    private static long withUnits(String text) {
        long total = 0;
        long section = 0;
        long number = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            int unit = unit(c);
            if (unit == 10_000) {
                total += (section + Math.max(number, 0)) * 10_000;
                section = 0;
            } else {
                // 十五 = 15: a leading 十 counts one ten.
                section += (number < 0 ? 1 : number) * unit;
            }
            number = -1;
        }
        return total + section + Math.max(number, 0);
    }

    /** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十, 10000 → 一万; 0 → 〇; negative as digits. */
    public static String format(long value) {
        if (value < 0) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "〇";
        }
        if (value >= 100_000_000L) {
            return String.valueOf(value);
        }
        long high = value / 10_000;
        long low = value % 10_000;
        StringBuilder sb = new StringBuilder();
        if (high > 0) {
            sb.append(section(high, false)).append('万');
            if (low > 0 && low < 1000) {
                sb.append('零');
            }
        }
        if (low > 0) {
            sb.append(section(low, high > 0));
        }
        return sb.toString();
    }

    /** 1–9999; {@code inside} when something precedes it, so 10 reads 一十 (一万一十) rather than 十. */
    private static String section(long value, boolean inside) {
        int[] units = {1000, 100, 10, 1};
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int unit : units) {
            int d = (int) (value / unit % 10);
            if (d == 0) {
                zero = sb.length() > 0;
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            boolean leadingTen = unit == 10 && d == 1 && sb.length() == 0 && !inside;
            if (!leadingTen) {
                sb.append(DIGITS.charAt(d));
            }
            if (unit > 1) {
                sb.append(unit == 1000 ? '千' : unit == 100 ? '百' : '十');
            }
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
        int d = DIGITS.indexOf(c);
        return d >= 0 ? d : FINANCIAL.indexOf(c) > 0 ? FINANCIAL.indexOf(c) : -1;
    }

    private static int unit(char c) {
        switch (c) {
            case '十':
            case '拾':
                return 10;
            case '百':
            case '佰':
                return 100;
            case '千':
            case '仟':
                return 1000;
            case '万':
                return 10_000;
            default:
                return 0;
        }
    }
}
