// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.LocalDate;

/** A due date moved by a calendar change, e.g. 依申请〔2025〕第12号: 2025-05-07 → 2025-05-09. */
public record DueDateChange(String reference, String description, LocalDate before, LocalDate after) {
}
