// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The application's items by the result each counts under (its own, else {@code applicationResult}), the
     * results in the order of their first item: one reply per result, one group per result in the list.
     */
    public static Map<ResultRow, List<RequestItem>> byResult(List<RequestItem> items, ResultRow applicationResult) {
        Map<ResultRow, List<RequestItem>> byResult = new LinkedHashMap<>();
        items.forEach(i -> byResult.computeIfAbsent(i.resultOr(applicationResult), k -> new ArrayList<>()).add(i));
        return byResult;
    }

    /** 依申请〔2025〕第3号-2: the item's reference in lists and evidence. */
    public String reference(RegistrationNumber application) {
        return application.text() + "-" + number;
    }
}
