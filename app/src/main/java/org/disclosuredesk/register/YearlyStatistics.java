// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.math.BigDecimal;

/**
 * The table-二 figures no ledger holds, entered once a year with a note on where they come from
 * (第二十条第（五）（六）（八）项): 行政许可, 行政处罚 and 行政强制 decisions, and 行政事业性收费 in 分.
 * {@code entered} is false for a year nobody has filled in yet (all zeros).
 */
public record YearlyStatistics(int year, int licensingDecisions, int penaltyDecisions, int coercionDecisions,
        long adminFeeFen, String sourceNote, boolean entered) {

    public static YearlyStatistics empty(int year) {
        return new YearlyStatistics(year, 0, 0, 0, 0, null, false);
    }

    /** 行政事业性收费 as table 二 prints it: 本年收费金额（单位：万元）. */
    public BigDecimal adminFeeWanYuan() {
        return FeeAmount.wanYuan(adminFeeFen);
    }
}
