// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them: {@code 2025-03-05}, {@code 2025.3.5}, {@code 2025/3/5}, {@code 20250305},
 * {@code 2025年3月5日} (full-width digits too). Anything else is refused with a message, never guessed.
 */
public final class DateInput {

    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateInput() {
    }

    /** The date, or empty when the text is blank. */
    public static Optional<LocalDate> parseOptional(String text, String fieldLabel) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(text, fieldLabel));
    }

    /** The date, or a {@link UserError} naming the field and the accepted forms. */
    public static LocalDate parse(String text, String fieldLabel) {
        String s = toHalfWidth(text == null ? "" : text).trim();
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
        }
        if (!m.matches()) {
            throw new UserError(fieldLabel + "“" + text + "”不是日期。可以这样输入：2025-03-05、2025.3.5、2025/3/5、20250305 或 2025年3月5日。");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new UserError(fieldLabel + "“" + text + "”不是存在的日期（请检查月份和日期）。");
        }
    }

    /** Full-width digits and punctuation as typed with a Chinese input method, folded to ASCII ({@link TextFolding#halfWidth}). */
    public static String toHalfWidth(String s) {
        return TextFolding.halfWidth(s);
    }
}
