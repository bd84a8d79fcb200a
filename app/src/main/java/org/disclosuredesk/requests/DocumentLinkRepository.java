// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.db.jooq.Tables.DOCUMENT;
import static org.disclosuredesk.db.jooq.Tables.REQUEST;
import static org.disclosuredesk.db.jooq.Tables.REQUEST_DOCUMENT_LINK;

import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.register.DocumentRef;
import org.disclosuredesk.register.SourceRequest;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Links between requests and the register entries they produced (条例第四十四条), read from both ends. */
public final class DocumentLinkRepository {

    private final DSLContext dsl;

    public DocumentLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(long requestId, long documentId, LocalDate linkedOn, String note, String now) {
        dsl.insertInto(REQUEST_DOCUMENT_LINK)
                .set(REQUEST_DOCUMENT_LINK.REQUEST_ID, (int) requestId)
                .set(REQUEST_DOCUMENT_LINK.DOCUMENT_ID, (int) documentId)
                .set(REQUEST_DOCUMENT_LINK.LINKED_ON, linkedOn.toString())
                .set(REQUEST_DOCUMENT_LINK.NOTE, note == null || note.isBlank() ? null : note.trim())
                .set(REQUEST_DOCUMENT_LINK.CREATED_AT, now)
                .execute();
    }

    /** Removes the pair's link; false when there was none. */
    public boolean delete(long requestId, long documentId) {
        return dsl.deleteFrom(REQUEST_DOCUMENT_LINK).where(pair(requestId, documentId)).execute() > 0;
    }

    public boolean exists(long requestId, long documentId) {
        return dsl.fetchExists(REQUEST_DOCUMENT_LINK, pair(requestId, documentId));
    }

    /** The documents a request produced, oldest link first. */
    public List<DocumentLink> forRequest(long requestId) {
        return dsl.select(REQUEST_DOCUMENT_LINK.REQUEST_ID, REQUEST.REG_NUMBER, DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER,
                        DOCUMENT.INDEX_NUMBER, DOCUMENT.WRITTEN_ON, REQUEST_DOCUMENT_LINK.LINKED_ON, REQUEST_DOCUMENT_LINK.NOTE)
                .from(REQUEST_DOCUMENT_LINK)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(REQUEST_DOCUMENT_LINK.DOCUMENT_ID))
                .join(REQUEST).on(REQUEST.ID.eq(REQUEST_DOCUMENT_LINK.REQUEST_ID))
                .where(REQUEST_DOCUMENT_LINK.REQUEST_ID.eq((int) requestId))
                .orderBy(REQUEST_DOCUMENT_LINK.LINKED_ON, REQUEST_DOCUMENT_LINK.ID)
                .fetch(DocumentLinkRepository::link);
    }

    /** The requests a document came from, in registration order. */
    public List<SourceRequest> forDocument(long documentId) {
        return dsl.select(REQUEST.ID, REQUEST.REG_NUMBER, REQUEST_DOCUMENT_LINK.LINKED_ON, REQUEST_DOCUMENT_LINK.NOTE)
                .from(REQUEST_DOCUMENT_LINK)
                .join(REQUEST).on(REQUEST.ID.eq(REQUEST_DOCUMENT_LINK.REQUEST_ID))
                .where(REQUEST_DOCUMENT_LINK.DOCUMENT_ID.eq((int) documentId))
                .orderBy(REQUEST.REG_YEAR, REQUEST.REG_SEQ)
                .fetch(r -> new SourceRequest(r.get(REQUEST.ID), r.get(REQUEST.REG_NUMBER),
                        LocalDate.parse(r.get(REQUEST_DOCUMENT_LINK.LINKED_ON)), r.get(REQUEST_DOCUMENT_LINK.NOTE)));
    }

    private static org.jooq.Condition pair(long requestId, long documentId) {
        return REQUEST_DOCUMENT_LINK.REQUEST_ID.eq((int) requestId).and(REQUEST_DOCUMENT_LINK.DOCUMENT_ID.eq((int) documentId));
    }

    private static DocumentLink link(Record r) {
        DocumentRef doc = new DocumentRef(r.get(DOCUMENT.ID), r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER),
                r.get(DOCUMENT.INDEX_NUMBER), LocalDate.parse(r.get(DOCUMENT.WRITTEN_ON)));
        return new DocumentLink(r.get(REQUEST_DOCUMENT_LINK.REQUEST_ID), r.get(REQUEST.REG_NUMBER), doc,
                LocalDate.parse(r.get(REQUEST_DOCUMENT_LINK.LINKED_ON)), r.get(REQUEST_DOCUMENT_LINK.NOTE));
    }
}
