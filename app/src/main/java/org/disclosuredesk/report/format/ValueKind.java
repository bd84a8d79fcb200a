// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a number cell holds and how it prints. Rule 7 of the format: every cell is a non-negative
 * integer, except money (万元, decimal) and the 2019 format's 本年增/减, which may fall.
 */
public enum ValueKind {
    COUNT,
    SIGNED_COUNT,
    /** Stored in 分 (the ledgers' money unit), printed in 万元: 1 万元 = 1,000,000 分. */
    AMOUNT_WAN_YUAN;

    private static final BigDecimal FEN_PER_WAN_YUAN = BigDecimal.valueOf(1_000_000);

    public boolean mayBeNegative() {
        return this == SIGNED_COUNT;
    }

    /** The printed figure: 0 is printed, never a blank cell; money to the 元 (four decimals of 万元). */
    public String format(long value) {
        if (this != AMOUNT_WAN_YUAN) {
            return Long.toString(value);
        }
        BigDecimal wan = BigDecimal.valueOf(value).divide(FEN_PER_WAN_YUAN, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return wan.signum() == 0 ? "0" : wan.toPlainString();
    }
}
