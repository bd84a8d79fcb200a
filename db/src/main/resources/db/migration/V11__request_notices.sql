-- SPDX-License-Identifier: AGPL-3.0-or-later
-- 告知书 (issue 15): every notice issued for a request, frozen as issued, so a reprint is the same
-- document (same number, same date, same words) even after the template or the settings change.
-- One numbering series per notice series and year: X政公开补〔2025〕第3号.
CREATE TABLE request_notice (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    -- The step the notice is for (补正, 延期, 征求意见, 收费, 答复); null for the 登记回执. An issued notice
    -- outlives a deleted step: it was sent.
    event_id    INTEGER REFERENCES request_event (id) ON DELETE SET NULL,
    -- NoticeType code: RECEIPT, CORRECTION, EXTENSION, LONGER_PERIOD, CONSULTATION, FEE, REPLY-<result row code>
    type_code   TEXT    NOT NULL CHECK (length(type_code) > 0),
    series      TEXT    NOT NULL CHECK (length(series) > 0),
    num_year    INTEGER NOT NULL CHECK (num_year BETWEEN 2000 AND 2100),
    num_seq     INTEGER NOT NULL CHECK (num_seq > 0),
    num_text    TEXT    NOT NULL,
    issued_on   TEXT    NOT NULL CHECK (issued_on = date(issued_on)),
    title       TEXT    NOT NULL,
    addressee   TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    signature   TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    UNIQUE (series, num_year, num_seq)
);
CREATE INDEX request_notice_request ON request_notice (request_id);
