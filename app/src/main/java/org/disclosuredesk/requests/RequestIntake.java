// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import org.disclosuredesk.law.RequestChannel;

/**
 * What the intake form holds (条例第二十九条): the applicant, how and when the application arrived
 * (the channel, the submission date and the date of receipt are kept apart, 第三十一条), the
 * information asked for and the form wanted.
 */
public record RequestIntake(Applicant applicant, RequestChannel channel, LocalDate submittedOn, LocalDate receivedOn,
        String content, String formWanted, String notes) {
}
