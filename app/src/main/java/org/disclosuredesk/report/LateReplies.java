// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

/**
 * How many requests decided in a year were answered after their due date (「逾期办结」). The request log
 * owns the rule (the due date kept at the decision); the report asks it, so the list, the overview, the
 * narrative and the checks give the same number.
 */
@FunctionalInterface
public interface LateReplies {

    long count(int year);
}
