// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.disclosuredesk.shared.CreditCode;

/**
 * Check characters of the two numbers a clerk types most: the 18-digit 居民身份证号码 (GB 11643-1999,
 * ISO 7064 MOD 11-2) and the 统一社会信用代码 (GB 32100-2015, MOD 31). Other documents are free text.
 */
// [impl->req~intake.id-check~1]
public final class IdNumberValidator {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private IdNumberValidator() {
    }

    /** A message saying what is wrong, or empty when the number is acceptable for its type. */
    public static Optional<String> problem(IdType type, String number) {
        if (type == null || number == null || number.isBlank()) {
            return Optional.empty();
        }
        String n = normalise(number);
        switch (type) {
            case RESIDENT_ID:
                return residentIdProblem(n);
            case CREDIT_CODE:
                return CreditCode.problem(n);
            default:
                return Optional.empty();
        }
    }

    /** Half-width, upper case, no spaces: how the number is stored. */
    public static String normalise(String number) {
        return org.disclosuredesk.shared.DateInput.toHalfWidth(number).replaceAll("\\s+", "").toUpperCase();
    }

    /** The check digit that completes the first 17 digits of a 居民身份证号码. */
    public static char residentIdCheckDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    static Optional<String> residentIdProblem(String n) {
        if (!n.matches("\\d{17}[\\dX]")) {
            return Optional.of("居民身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X），现为“" + n + "”。");
        }
        try {
            LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)), Integer.parseInt(n.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("居民身份证号码中的出生日期（第 7–14 位 " + n.substring(6, 14) + "）不存在，请核对。");
        }
        char expected = residentIdCheckDigit(n);
        if (n.charAt(17) != expected) {
            return Optional.of("居民身份证号码校验位不符（最后一位应为 " + expected + "），请核对是否输错。");
        }
        return Optional.empty();
    }
}
