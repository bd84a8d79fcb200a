// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import org.disclosuredesk.law.ResultRow;

/** One row of an existing log to take over: the intake, and the decision if the row records one. */
public record ImportedRequest(int rowNumber, RequestIntake intake, ResultRow result, LocalDate decidedOn) {
}
