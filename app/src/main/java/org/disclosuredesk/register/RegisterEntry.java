// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;

/** A stored register entry: its id, what was entered, its two deadlines, and the flags they give today. */
public record RegisterEntry(long id, DocumentDraft document, LocalDate publishDueOn, LocalDate interpretationDueOn,
        int attachmentCount, DocumentFlags flags) {

    public RegisterEntry withFlags(DocumentFlags f) {
        return new RegisterEntry(id, document, publishDueOn, interpretationDueOn, attachmentCount, f);
    }

    /** How the register names an entry in messages: 《标题》（文号；索引号）. */
    public DocumentRef ref() {
        return new DocumentRef(id, document.title(), document.docNumber(), document.indexNumber(), document.writtenOn());
    }
}
