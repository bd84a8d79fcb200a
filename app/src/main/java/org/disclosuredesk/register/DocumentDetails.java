// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.List;
import java.util.Optional;

/** Everything the detail panel shows about one entry. */
public record DocumentDetails(RegisterEntry entry, List<Attachment> attachments, Optional<DocumentRef> replacedBy,
        Optional<DocumentRef> interpretationDocument) {
}
