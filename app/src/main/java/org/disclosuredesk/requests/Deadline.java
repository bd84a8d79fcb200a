// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.Set;

/**
 * A request's answer deadline with how it was reached. {@code dueOn} is null while the clock waits
 * for the applicant (a 补正 or a fee outstanding). {@code uncoveredYears} non-empty means the date was
 * counted with weekends only for years whose holiday notice is missing: provisional, 「日历未更新」.
 */
public record Deadline(LocalDate dueOn, LocalDate start, String startLabel, int consultationDays,
        boolean consultationPending, int extensionDays, Waiting waiting, LocalDate waitingUntil,
        Set<Integer> uncoveredYears, String explanation) {

    /** What the clock is waiting for. */
    public enum Waiting { NONE, CORRECTION, FEE }

    public Deadline {
        uncoveredYears = Set.copyOf(uncoveredYears);
    }

    public boolean isProvisional() {
        return !uncoveredYears.isEmpty();
    }

    public boolean isWaiting() {
        return waiting != Waiting.NONE;
    }
}
