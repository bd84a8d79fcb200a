// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/** What a task's 完成时限 says (stored verbatim in {@code plan_task.deadline_kind}). */
public enum DeadlineKind {
    /** No time limit written. */
    NONE,
    /** A day, month, quarter or year end: 2020年9月底前, 12月底前, 年内. */
    DATE,
    /** Counted from an event, kept as a rule: 5个工作日内. */
    RELATIVE,
    /** Every week, quarter, year: 每周, 每季度, 每年年底前. */
    RECURRING,
    /** No end: 长期坚持, 持续推进. */
    ONGOING
}
