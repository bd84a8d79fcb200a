// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A request's answer deadline with how it was reached. {@code dueOn} is null while the clock waits
 * for the applicant (a 补正 or a fee outstanding). {@code uncoveredYears} non-empty means the date was
 * counted with weekends only for years whose holiday notice is missing: provisional, 「日历未更新」.
 * {@code missedSteps} says, citing the article, which recorded steps came too late to move the date.
 */
public record Deadline(LocalDate dueOn, LocalDate start, String startLabel, int consultationDays,
        boolean consultationPending, int extensionDays, Waiting waiting, LocalDate waitingUntil,
        Set<Integer> uncoveredYears, String explanation, List<String> missedSteps) {

    /** What the clock is waiting for, with the word the list, the detail view and the command line show. */
    public enum Waiting {
        NONE(""),
        /** 条例第三十条: no period runs until the corrected application arrives (then it restarts). */
        CORRECTION("待补正"),
        /** 国办函〔2020〕109号: the period runs from payment. */
        FEE("待缴费");

        private final String label;

        Waiting(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Deadline {
        uncoveredYears = Set.copyOf(uncoveredYears);
        missedSteps = List.copyOf(missedSteps);
    }

    public boolean isProvisional() {
        return !uncoveredYears.isEmpty();
    }

    public boolean isWaiting() {
        return waiting != Waiting.NONE;
    }

    /** The date, what the clock waits for (待补正, 待缴费), or — when it never ran (closed while waiting). */
    public String dateText() {
        return dueOn != null ? dueOn.toString() : isWaiting() ? waiting.label() : "—";
    }

    /** {@link #dateText} marked 「日历未更新」 when provisional, for plain-text output. */
    public String shortText() {
        return isProvisional() ? dateText() + "（日历未更新）" : dateText();
    }
}
