// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/** A stored plan with its task counts (tasks only, not headings). */
public record PlanSummary(long id, String title, String issuer, String docNumber, int year, String sourceFileName,
        String importedAt, int tasks, int done, int notApplicable) {

    /** Done tasks among those that apply, 0–100; a plan whose tasks all do not apply counts as complete. */
    public int completionPercent() {
        return Completion.percent(done, tasks - notApplicable);
    }

    @Override
    public String toString() {
        return year + "年 " + title;
    }
}
