-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Issue 12: steps the law has and the log lacked.
--   LONGER_PERIOD  第三十五条: a reasonable longer period set for an unreasonable quantity or frequency
--                  (due_on = the period set, note = the reason), at most one per request.
--   WITHDRAWN      the applicant withdrew: closes the request as （六）3 (note = the reason).
--   other_organ_*  第三十六条第（五）项: the organ that holds the information, named on a 无法提供 decision.
-- SQLite cannot change a CHECK list in place, so request_event is rebuilt. The new table's self-reference
-- names the new table, so dropping the old one cascades into nothing; the rename rewrites the reference.
-- Kept due dates of decided requests (issue 12) are not backfilled here: working days need the calendar
-- data and the Java rule, so rows decided before V9 are computed on read (docs/requirements/requests.md).
CREATE TABLE request_event_v9 (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL CHECK (kind IN (
                         'CORRECTION_SENT', 'CORRECTION_RECEIVED', 'CORRECTION_LAPSED',
                         'CONSULTATION_SENT', 'CONSULTATION_ANSWERED',
                         'EXTENSION', 'FEE_NOTICE', 'FEE_PAID', 'FEE_LAPSED',
                         'DECISION', 'REPLY_SENT', 'LONGER_PERIOD', 'WITHDRAWN')),
    event_on         TEXT    NOT NULL CHECK (event_on = date(event_on)),
    due_on           TEXT CHECK (due_on IS NULL OR due_on = date(due_on)),
    party            TEXT,
    approver         TEXT,
    told_on          TEXT CHECK (told_on IS NULL OR told_on = date(told_on)),
    extra_days       INTEGER CHECK (extra_days IS NULL OR extra_days BETWEEN 1 AND 20),
    fee_basis        TEXT CHECK (fee_basis IS NULL OR fee_basis IN ('按件', '按量')),
    fee_quantity     INTEGER CHECK (fee_quantity IS NULL OR fee_quantity >= 0),
    amount_fen       INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    delivery_method  TEXT,
    related_event_id INTEGER REFERENCES request_event_v9 (id) ON DELETE CASCADE,
    note             TEXT,
    created_at       TEXT    NOT NULL,
    consultee        TEXT CHECK (consultee IS NULL OR consultee IN ('第三方', '其他机关')),
    other_organ_name    TEXT,
    other_organ_contact TEXT
);

INSERT INTO request_event_v9 (id, request_id, kind, event_on, due_on, party, approver, told_on, extra_days, fee_basis,
                              fee_quantity, amount_fen, delivery_method, related_event_id, note, created_at, consultee)
SELECT id, request_id, kind, event_on, due_on, party, approver, told_on, extra_days, fee_basis,
       fee_quantity, amount_fen, delivery_method, related_event_id, note, created_at, consultee
FROM request_event ORDER BY id;

DROP TABLE request_event;
ALTER TABLE request_event_v9 RENAME TO request_event;

-- At most one extension (第三十三条) and one 第三十五条 period per request.
CREATE UNIQUE INDEX request_event_one_extension ON request_event (request_id) WHERE kind = 'EXTENSION';
CREATE UNIQUE INDEX request_event_one_longer_period ON request_event (request_id) WHERE kind = 'LONGER_PERIOD';
CREATE INDEX request_event_request ON request_event (request_id, kind);

-- Issue 12.4: an imported ledger row with a result but no 答复日期 is kept with its result and the status
-- 「答复日期未记录」 until the clerk records the decision with its date (then this is cleared).
ALTER TABLE request ADD COLUMN undated_result_code TEXT CHECK (undated_result_code IS NULL OR undated_result_code IN (
    '1', '2', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8',
    '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '5.5', '6.1', '6.2', '6.3'));
