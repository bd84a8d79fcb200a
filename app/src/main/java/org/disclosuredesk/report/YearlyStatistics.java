// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.Map;

/**
 * The yearly form's figures that no ledger holds (table 二, 第二十条第（五）（六）（八）项), money in 分;
 * {@code extra} holds figures of older or newer formats by key.
 */
public record YearlyStatistics(int year, long licensingDecisions, long penaltyDecisions, long coercionDecisions,
                               long administrativeFeeFen, Map<String, Long> extra, String sourceNote) {

    public YearlyStatistics {
        extra = Map.copyOf(extra);
    }

    public long extra(String key) {
        return extra.getOrDefault(key, 0L);
    }
}
