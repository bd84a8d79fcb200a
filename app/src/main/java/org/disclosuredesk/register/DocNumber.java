// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.UserError;

/**
 * A 文号 (发文字号): issuing-organ abbreviation + 〔year〕 + serial + 号, as GB/T 9704-2012 §7.2.4 writes it
 * (the year in 六角括号 〔〕, no 第, no leading zeros). People type the brackets as [ ] ( ) ﹝ ﹞ 【 】 or
 * their full-width forms; every one is accepted and stored as 〔〕, so one document has one spelling and
 * duplicates are found. A 规章 is numbered by decree instead ("…人民政府令第12号") and is accepted too.
 */
public record DocNumber(String organ, Integer year, int serial) {

    public static final String FIELD_LABEL = "文号";

    private static final String OPEN = "\\[(〔﹝【〖{";
    private static final String CLOSE = "\\])〕﹞】〗}";
    private static final Pattern BRACKETED = Pattern.compile(
            "(.+?)[" + OPEN + "](\\d{4})[" + CLOSE + "]第?(\\d+)号");
    private static final Pattern DECREE = Pattern.compile("(.+?令)第?(\\d+)号");
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[" + OPEN + "](\\d{4})[" + CLOSE + "]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ANY_BRACKET = Pattern.compile("[" + OPEN + CLOSE + "]");
    private static final int MIN_YEAR = 1949;
    private static final int MAX_YEAR = 2100;

    /** The stored spelling: 示府办发〔2025〕12号, or 示例省人民政府令第3号 for a decree. */
    public String normalised() {
        return year == null ? organ + "第" + serial + "号" : organ + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return normalised();
    }

    /** The normalised 文号, or empty for a blank text; a text that is not a 文号 is a {@link UserError}. */
    public static Optional<DocNumber> parseOptional(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(text));
    }

    // [impl->req~register.doc-number~1]
    public static DocNumber parse(String text) {
        String s = compact(text);
        Matcher m = BRACKETED.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(2));
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new UserError(FIELD_LABEL + "“" + text.trim() + "”中的年份 " + year + " 不对，请检查。");
            }
            return new DocNumber(organ(m.group(1), text), year, serial(m.group(3), text));
        }
        m = DECREE.matcher(s);
        if (m.matches()) {
            return new DocNumber(organ(m.group(1), text), null, serial(m.group(2), text));
        }
        throw new UserError(FIELD_LABEL + "“" + (text == null ? "" : text.trim()) + "”格式不对。应为机关代字＋〔年份〕＋序号＋号，"
                + "例如“示府办发〔2025〕12号”（方括号、圆括号也可以，保存时统一为〔〕）。");
    }

    /** Folds the bracket variants in search text too, so "[2020]" finds 〔2020〕. */
    public static String normaliseBrackets(String text) {
        return YEAR_IN_BRACKETS.matcher(compact(text)).replaceAll("〔$1〕");
    }

    private static String compact(String text) {
        return SPACES.matcher(DateInput.toHalfWidth(text == null ? "" : text)).replaceAll("");
    }

    private static String organ(String organ, String text) {
        if (!organ.codePoints().anyMatch(Character::isLetter) || ANY_BRACKET.matcher(organ).find()) {
            throw new UserError(FIELD_LABEL + "“" + text.trim() + "”缺少发文机关代字，例如“示府办发〔2025〕12号”中的“示府办发”。");
        }
        return organ;
    }

    private static int serial(String digits, String text) {
        String stripped = digits.replaceFirst("^0+(?=\\d)", "");
        if (stripped.length() > 6 || Integer.parseInt(stripped) == 0) {
            throw new UserError(FIELD_LABEL + "“" + text.trim() + "”中的序号不对，应为从 1 开始的整数。");
        }
        return Integer.parseInt(stripped);
    }
}
