// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.DateInput;

/**
 * The office's 索引号 format from the settings, e.g. {@code 11520000MB1234567X/{year}-{seq:5}}:
 * literal text, {@code {year}} (four digits) and {@code {seq}} or {@code {seq:N}} (a serial, N digits
 * wide). It checks typed index numbers and proposes the next free one. A blank pattern accepts any text.
 */
public final class IndexNumberPattern {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(year|seq)(?::(\\d{1,2}))?}");

    private final String pattern;
    private final Pattern regex;
    private final int seqWidth;

    private IndexNumberPattern(String pattern) {
        this.pattern = pattern;
        StringBuilder re = new StringBuilder();
        int width = -1;
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(pattern.substring(last, m.start())));
            if (m.group(1).equals("year")) {
                re.append("(?<year>\\d{4})");
            } else {
                width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                re.append(width == 0 ? "(?<seq>\\d+)" : "(?<seq>\\d{" + width + "})");
            }
            last = m.end();
        }
        re.append(Pattern.quote(pattern.substring(last)));
        this.regex = pattern.isBlank() ? null : Pattern.compile(re.toString());
        this.seqWidth = width;
    }

    public static IndexNumberPattern of(String pattern) {
        return new IndexNumberPattern(pattern == null ? "" : pattern.trim());
    }

    /** True when the office has not set a format: any index number is accepted. */
    public boolean isFree() {
        return regex == null;
    }

    public String pattern() {
        return pattern;
    }

    /** Index numbers as typed, folded: full-width to ASCII, no spaces, letters upper-case (信用代码). */
    public static String normalise(String text) {
        return SPACES.matcher(DateInput.toHalfWidth(text == null ? "" : text)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    // [impl->req~register.index-number~1]
    public boolean matches(String indexNumber) {
        return regex == null || regex.matcher(indexNumber).matches();
    }

    /** The pattern with an example filled in, for messages: 11520000MB1234567X/2025-00012. */
    public String example(int year) {
        return isFree() ? "" : format(year, 12);
    }

    /** Whether the pattern has a serial that can be counted up. */
    public boolean canPropose() {
        return !isFree() && seqWidth >= 0;
    }

    public String format(int year, int seq) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).equals("year") ? String.valueOf(year)
                    : seqWidth > 0 ? String.format(Locale.ROOT, "%0" + seqWidth + "d", seq) : String.valueOf(seq);
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Everything before the serial, with the year filled in: what the year's index numbers start with. */
    public String prefixFor(int year) {
        int at = pattern.indexOf("{seq");
        return at < 0 ? format(year, 0) : of(pattern.substring(0, at)).format(year, 0);
    }

    /** The serial of an index number written in this pattern. */
    public Optional<Integer> serialOf(String indexNumber) {
        if (regex == null || seqWidth < 0) {
            return Optional.empty();
        }
        Matcher m = regex.matcher(indexNumber);
        if (!m.matches() || m.group("seq").length() > 9) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group("seq")));
    }
}
