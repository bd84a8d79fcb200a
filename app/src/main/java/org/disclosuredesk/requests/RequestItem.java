// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import org.disclosuredesk.law.ResultRow;

/**
 * One item of an application the office split under 一事一申请 (国办函〔2020〕109号 第四条): one 件 for table
 * 三 and the 按件 fee (req~items.counting~1). {@code result} null: not chosen yet, it counts under the
 * application's result. Applicant, clock, steps and reply date are the application's.
 */
public record RequestItem(int number, String content, ResultRow result) {

    /** The result table 三 counts this item under once the application is decided. */
    public ResultRow resultOr(ResultRow applicationResult) {
        return result != null ? result : applicationResult;
    }

    /** 依申请〔2025〕第3号-2: the item's reference in lists and evidence. */
    public String reference(RegistrationNumber application) {
        return application.text() + "-" + number;
    }
}
