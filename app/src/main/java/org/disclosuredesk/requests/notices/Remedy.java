// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ResultRow;

/**
 * What a reply must tell the applicant about 行政复议 and 行政诉讼 (条例第五十一条). A reply that refuses,
 * in whole or in part, or ends the request must name the remedies and the periods — 60 days for review
 * (《行政复议法》第二十条) and 6 months for a suit (《行政诉讼法》第四十六条) — or the periods run longer
 * and the office loses the case on form. Since the 2023 《行政复议法》 (第二十三条第一款第（四）项), a
 * refusal to disclose must first go to review before a suit.
 */
public enum Remedy {
    /** 予以公开: nothing refused. */
    NONE,
    /** Review within 60 days, or a suit within 6 months. */
    REVIEW_OR_SUIT,
    /** 不予公开 (also the withheld part of 部分公开): review first, then a suit against the review decision. */
    REVIEW_FIRST;

    public static Remedy of(ResultRow row) {
        if (row.group() == ResultGroup.DISCLOSED) {
            return NONE;
        }
        if (row.group() == ResultGroup.WITHHELD || row.group() == ResultGroup.PARTLY_DISCLOSED) {
            return REVIEW_FIRST;
        }
        return REVIEW_OR_SUIT;
    }
}
