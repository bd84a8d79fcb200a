// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.TextFolding;
import org.disclosuredesk.shared.UserError;

/**
 * The one rule for what a spreadsheet cell means, for every import: a date-formatted number is that
 * day (yyyy-MM-dd); a plain number is written out in full (a phone or ID number typed into a number
 * cell loses neither digits to an exponent nor gains ".0"); and in a date column an Excel serial number
 * between 1950 and 2100 (18264–73051, as text in a CSV saved from Excel too) is a date.
 */
public final class CellRule {

    /** Excel counts days from 1899-12-30; 18264 is 1950-01-01 and 73051 is 2100-01-01. */
    static final double FIRST_SERIAL = 18264;
    static final double LAST_SERIAL = 73051;
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.\\d+)?");
    private static final Pattern DATE_TIME = Pattern.compile("(.+?)[ T]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private CellRule() {
    }

    /** A number as the sheet holds it, shown as a clerk expects (dates by their format, plain numbers in full). */
    public static String number(double value, int formatIndex, String formatString, DataFormatter formatter) {
        String rule = byRule(value, formatIndex, formatString);
        return rule != null ? rule : formatter.formatRawCellContents(value, formatIndex, formatString);
    }

    /** The day of a date-formatted number, a plain number in full, or null: then as the sheet's format shows it. */
    static String byRule(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        if (formatString == null || "General".equalsIgnoreCase(formatString) || "@".equals(formatString)) {
            return plain(value);
        }
        return null;
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e17) {
            return String.valueOf((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * The date in a cell: yyyy-MM-dd from a date cell, any form {@link DateInput} accepts, a date with a
     * time of day after it (the day counts), or an Excel serial number. Null when blank.
     */
    public static LocalDate date(String text, String fieldLabel) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = TextFolding.halfWidth(text).strip();
        if (SERIAL.matcher(t).matches()) {
            double serial = Double.parseDouble(t);
            if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
                throw new UserError(fieldLabel + "“" + text + "”不是日期（按 Excel 日期序号只认 1950 至 2100 年）。"
                        + "可以这样输入：2025-03-05、2025.3.5、2025/3/5、20250305 或 2025年3月5日。");
            }
            return DateUtil.getLocalDateTime(serial).toLocalDate();
        }
        Matcher m = DATE_TIME.matcher(t);
        return DateInput.parse(m.matches() ? m.group(1) : t, fieldLabel);
    }
}
