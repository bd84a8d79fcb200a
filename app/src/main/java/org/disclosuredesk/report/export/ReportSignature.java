// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.time.LocalDate;

/**
 * The 落款 that ends a published report: the issuing organ, and the date in Arabic numerals under it
 * (GB/T 9704-2012, a document without a seal), one blank line below the text.
 */
public record ReportSignature(String organ, LocalDate date) {

    /** 2026年1月20日: no leading zeros, as 公文 write the 成文日期. */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * Right indents in characters of the organ line and the date line, GB/T 9704-2012 7.3.5.2 (a report
     * without a seal): the organ two characters in from the right, the date on the next line starting two
     * characters right of the organ's first character; a date longer than that stays two characters in and
     * the organ moves left to keep the two-character step.
     */
    double[] rightIndents(double organWidthChars, double dateWidthChars) {
        double dateRight = organWidthChars - dateWidthChars;
        if (dateRight < 2) {
            return new double[] {dateWidthChars + 4 - organWidthChars, 2};
        }
        return new double[] {2, dateRight};
    }

    /** A rough width in 全角 characters, for the .docx (Word lays out the text itself): digits are half. */
    static double widthChars(String text) {
        return text.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1).sum();
    }
}
