-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Issue 12 (条例第四十四条): information disclosed on request that many people ask for becomes 主动公开.
-- The clerk links the request to the register entry it produced; one row per (request, document) pair.
-- A link is no figure of the annual report (table 二 counts documents, table 三 requests; neither reads
-- this table), so it may be made in a locked year (docs/requirements/requests.md, req~links.proactive~1).
-- Deleting the request or the document deletes its links: the deletion itself is audited.
CREATE TABLE request_document_link (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    linked_on   TEXT    NOT NULL CHECK (linked_on = date(linked_on)),
    note        TEXT,
    created_at  TEXT    NOT NULL,
    UNIQUE (request_id, document_id)
);
CREATE INDEX request_document_link_document ON request_document_link (document_id);
