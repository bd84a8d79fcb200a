// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import org.disclosuredesk.register.DocumentRef;

/** A request linked to the register entry it produced (条例第四十四条): the document, when and why. */
public record DocumentLink(long requestId, String requestNumber, DocumentRef document, LocalDate linkedOn, String note) {
}
