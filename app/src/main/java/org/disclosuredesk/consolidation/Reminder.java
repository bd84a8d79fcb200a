// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.time.LocalDate;

/** An office whose final package has not arrived, and how long it has left. */
public record Reminder(String office, OfficeKind kind, LocalDate due, long daysLeft, String situation) {

    /** One line ready to paste into a notice, e.g. 「县教育局（县直部门）：未报送，距1月31日截止还有12天」. */
    public String line() {
        String when = daysLeft > 0 ? "距" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日截止还有" + daysLeft + "天"
                : daysLeft == 0 ? "今天截止" : "已超过" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日截止" + (-daysLeft) + "天";
        return office + "（" + kind.label() + "）：" + situation + "，" + when;
    }
}
