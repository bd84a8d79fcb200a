// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;

/** A 行政复议 or 行政诉讼 about a request (table 四); 尚未审结 until it has a result and a closing date. */
public record ReviewCase(Long id, Long requestId, ReviewKind kind, String caseNumber, LocalDate filedOn,
        ReviewResult result, LocalDate closedOn, String note) {

    public boolean isPending() {
        return result == ReviewResult.PENDING;
    }
}
