// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.text.ChineseNumeral;

/**
 * The numbering styles of Chinese official documents (GB/T 9704: 一、 （一） 1. （1）) plus those plans
 * add: 一是, 第一, ①. {@code 1.6月底前} is item 1 (6月底前…), while {@code 1.5亿元} is a number. Recognised on folded text (so half-width {@code (1)} and full-width {@code 1．}
 * count), the label is cut from the original so it stays as written.
 */
final class Numbering {

    enum Style { CHINESE, CHINESE_PAREN, ARABIC, ARABIC_PAREN, CIRCLED, SHI, DI }

    /**
     * A label at the start of a line: its style and value, the label as written without trailing
     * punctuation, and where the item's own text starts in the line.
     */
    record Label(Style style, int value, String written, int textStart) {
    }

    private static final String CN = "[一二三四五六七八九十百〇零]+";
    private static final Pattern CHINESE_PAREN = Pattern.compile("^（\\s*(" + CN + ")\\s*）\\s*");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^（\\s*(\\d{1,3})\\s*）\\s*");
    private static final Pattern SHI = Pattern.compile("^(" + CN + ")是(?![的否])[，：]?\\s*");
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + ")\\s*[、.，]\\s*");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,3})\\s*(?:、|\\.(?!\\d+(?:\\.\\d+)?\\s*(?:万|亿|元|%|倍|个百分点|米|吨|公里)))\\s*");
    private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])\\s*");
    private static final Pattern DI = Pattern.compile("^第(" + CN + ")[，、：]\\s*");

    private Numbering() {
    }

    /** The label at the start of {@code folded} (the folded form of {@code original}), or null. */
    static Label at(String original, String folded) {
        Label l = match(CHINESE_PAREN, Style.CHINESE_PAREN, original, folded, true);
        if (l == null) {
            l = match(ARABIC_PAREN, Style.ARABIC_PAREN, original, folded, true);
        }
        if (l == null) {
            l = match(SHI, Style.SHI, original, folded, false);
        }
        if (l == null) {
            l = match(CHINESE, Style.CHINESE, original, folded, false);
        }
        if (l == null) {
            l = match(ARABIC, Style.ARABIC, original, folded, false);
        }
        if (l == null) {
            l = match(CIRCLED, Style.CIRCLED, original, folded, true);
        }
        if (l == null) {
            l = match(DI, Style.DI, original, folded, false);
        }
        return l;
    }

    private static Label match(Pattern p, Style style, String original, String folded, boolean keepBrackets) {
        Matcher m = p.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String number = m.group(1);
        int value = switch (style) {
            case ARABIC, ARABIC_PAREN -> Integer.parseInt(number);
            case CIRCLED -> number.charAt(0) - '①' + 1;
            default -> (int) ChineseNumeral.parse(number);
        };
        if (value <= 0) {
            return null;
        }
        String written;
        if (keepBrackets) {
            written = original.substring(0, m.end()).strip();
        } else if (style == Style.SHI) {
            written = original.substring(m.start(1), m.end(1) + 1);
        } else if (style == Style.DI) {
            written = original.substring(0, m.end(1));
        } else {
            written = original.substring(m.start(1), m.end(1));
        }
        return new Label(style, value, written, m.end());
    }
}
