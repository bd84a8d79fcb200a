// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.time.LocalDate;

/**
 * One time limit as the plan writes it ({@code phrase}), and what it means: a date when the phrase
 * allows one (in the plan's year when it names no year), a rule, a recurrence or "ongoing".
 * {@code date} is null when the phrase gives none, or names no year and the plan's year is unknown.
 */
public record Deadline(String phrase, DeadlineKind kind, LocalDate date, Recurrence recurrence) {
}
