// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17. Shared by an
 * applicant's code (legal persons) and the office's own (设置 → 机关信息, which the county's packages carry).
 */
public final class CreditCode {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code as 机关信息 stores it: without surrounding spaces, in capitals; "" for none. */
    public static String normalised(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The check character that completes the first 17 characters of a code. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }

    /** What is wrong with {@code code} (already trimmed and in capitals), in words the clerk can act on. */
    public static Optional<String> problem(String code) {
        if (code.length() != 18) {
            return Optional.of("统一社会信用代码应为 18 位，现为 " + code.length() + " 位。");
        }
        for (int i = 0; i < 17; i++) {
            if (CHARS.indexOf(code.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是有效字符（不使用 I、O、Z、S、V）。");
            }
        }
        char expected = checkChar(code);
        if (code.charAt(17) != expected) {
            return Optional.of("统一社会信用代码校验码不符（最后一位应为 " + expected + "），请核对是否输错。");
        }
        return Optional.empty();
    }
}
