// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.List;

/**
 * Rule 6 of the format (a warning): a stock figure of year N is last year's stock plus this year's
 * additions minus this year's removals, e.g. 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数 − 本年废止件数.
 */
public record StockContinuity(String row, String stockColumn, List<String> additions, List<String> removals) {

    public StockContinuity {
        additions = List.copyOf(additions);
        removals = List.copyOf(removals);
    }
}
