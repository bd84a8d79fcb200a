-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The last stored labels become codes (decision 0008, as V8 did for the others): 公开方式 in document.channels,
-- the fee basis (按件/按量) and the consultee (第三方/其他机关) of a request step, a plan task's status and a
-- directory unit's kind. The code is the enum constant's name; the label lives only in the enum.
--
-- unit, plan_task and request_event carry label CHECK lists, which SQLite cannot change in place: each is rebuilt
-- the documented way (create, copy with the label → code mapping, drop, rename, recreate indexes), with foreign
-- keys off so that dropping a parent does not cascade into unit_alias, plan_task_unit/target/progress or
-- request_notice (PRAGMA foreign_keys is ignored inside a transaction, hence V13__enum_codes_2.sql.conf and the
-- savepoint). A new table's self-reference names the new table; the rename rewrites it. A label with no code is
-- copied unchanged and fails the new CHECK, so an unexpected value stops the migration with nothing changed.
--
-- document.channels is a JSON list, which a CHECK cannot look into (no subqueries), and the document table needs
-- no rebuild for it: the list is rewritten in place (order kept) and two triggers refuse a value that is not a code.
PRAGMA foreign_keys = OFF;
SAVEPOINT enum_codes_2;

CREATE TABLE unit_v13 (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind       TEXT    NOT NULL DEFAULT 'DIVISION' CHECK (kind IN ('DIVISION', 'SECTION', 'ORGANISATION', 'OTHER')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT    NOT NULL
);
INSERT INTO unit_v13 (id, name, kind, active, created_at)
SELECT id, name, CASE kind WHEN '处室' THEN 'DIVISION' WHEN '科室' THEN 'SECTION' WHEN '单位' THEN 'ORGANISATION' WHEN '其他' THEN 'OTHER' ELSE kind END,
       active, created_at
FROM unit;
DROP TABLE unit;
ALTER TABLE unit_v13 RENAME TO unit;

CREATE TABLE plan_task_v13 (
    id                INTEGER PRIMARY KEY,
    plan_id           INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_id         INTEGER REFERENCES plan_task_v13 (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL CHECK (seq >= 0),
    path_json         TEXT    NOT NULL CHECK (json_valid(path_json) AND substr(path_json, 1, 1) = '['),
    text              TEXT    NOT NULL,
    deadline_phrase   TEXT,
    due_date          TEXT CHECK (due_date IS NULL OR due_date = date(due_date)),
    deadline_kind     TEXT    NOT NULL DEFAULT 'NONE'
                      CHECK (deadline_kind IN ('NONE', 'DATE', 'RELATIVE', 'RECURRING', 'ONGOING')),
    recurrence        TEXT CHECK (recurrence IS NULL OR recurrence IN ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    status            TEXT    NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE')),
    completed_on      TEXT CHECK (completed_on IS NULL OR completed_on = date(completed_on)),
    UNIQUE (plan_id, seq),
    CHECK (status = 'DONE' OR completed_on IS NULL)
);
INSERT INTO plan_task_v13 (id, plan_id, parent_id, seq, path_json, text, deadline_phrase, due_date, deadline_kind, recurrence, status, completed_on)
SELECT id, plan_id, parent_id, seq, path_json, text, deadline_phrase, due_date, deadline_kind, recurrence,
       CASE status WHEN '未开始' THEN 'NOT_STARTED' WHEN '进行中' THEN 'IN_PROGRESS' WHEN '已完成' THEN 'DONE' WHEN '不适用' THEN 'NOT_APPLICABLE' ELSE status END,
       completed_on
FROM plan_task ORDER BY id;
DROP TABLE plan_task;
ALTER TABLE plan_task_v13 RENAME TO plan_task;
CREATE INDEX plan_task_plan ON plan_task (plan_id, parent_id);
CREATE INDEX plan_task_due ON plan_task (due_date, status);

CREATE TABLE request_event_v13 (
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
    fee_basis        TEXT CHECK (fee_basis IS NULL OR fee_basis IN ('BY_ITEM', 'BY_VOLUME')),
    fee_quantity     INTEGER CHECK (fee_quantity IS NULL OR fee_quantity >= 0),
    amount_fen       INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    delivery_method  TEXT,
    related_event_id INTEGER REFERENCES request_event_v13 (id) ON DELETE CASCADE,
    note             TEXT,
    created_at       TEXT    NOT NULL,
    consultee        TEXT CHECK (consultee IS NULL OR consultee IN ('THIRD_PARTY', 'OTHER_AGENCY')),
    other_organ_name    TEXT,
    other_organ_contact TEXT
);
INSERT INTO request_event_v13 (id, request_id, kind, event_on, due_on, party, approver, told_on, extra_days, fee_basis, fee_quantity,
                               amount_fen, delivery_method, related_event_id, note, created_at, consultee, other_organ_name, other_organ_contact)
SELECT id, request_id, kind, event_on, due_on, party, approver, told_on, extra_days,
       CASE fee_basis WHEN '按件' THEN 'BY_ITEM' WHEN '按量' THEN 'BY_VOLUME' ELSE fee_basis END,
       fee_quantity, amount_fen, delivery_method, related_event_id, note, created_at,
       CASE consultee WHEN '第三方' THEN 'THIRD_PARTY' WHEN '其他机关' THEN 'OTHER_AGENCY' ELSE consultee END,
       other_organ_name, other_organ_contact
FROM request_event ORDER BY id;
DROP TABLE request_event;
ALTER TABLE request_event_v13 RENAME TO request_event;
-- At most one extension (第三十三条) and one 第三十五条 period per request.
CREATE UNIQUE INDEX request_event_one_extension ON request_event (request_id) WHERE kind = 'EXTENSION';
CREATE UNIQUE INDEX request_event_one_longer_period ON request_event (request_id) WHERE kind = 'LONGER_PERIOD';
CREATE INDEX request_event_request ON request_event (request_id, kind);

-- 公开方式: ["政府网站","政务新媒体"] becomes ["GOVERNMENT_WEBSITE","NEW_MEDIA"], in the same order.
UPDATE document SET channels = (
    SELECT json_group_array(code) FROM (
        SELECT CASE value WHEN '政府网站' THEN 'GOVERNMENT_WEBSITE' WHEN '政府公报' THEN 'GOVERNMENT_GAZETTE'
                          WHEN '政务新媒体' THEN 'NEW_MEDIA' WHEN '公开栏' THEN 'NOTICE_BOARD' WHEN '其他' THEN 'OTHER'
                          ELSE value END AS code
        FROM json_each(document.channels) ORDER BY key))
WHERE channels <> '[]';
CREATE TRIGGER document_channels_codes_ai BEFORE INSERT ON document
WHEN EXISTS (SELECT 1 FROM json_each(new.channels) WHERE value NOT IN ('GOVERNMENT_WEBSITE', 'GOVERNMENT_GAZETTE', 'NEW_MEDIA', 'NOTICE_BOARD', 'OTHER'))
BEGIN
    SELECT RAISE(ABORT, 'document.channels holds a value that is not a PublicationChannel code');
END;
CREATE TRIGGER document_channels_codes_au BEFORE UPDATE OF channels ON document
WHEN EXISTS (SELECT 1 FROM json_each(new.channels) WHERE value NOT IN ('GOVERNMENT_WEBSITE', 'GOVERNMENT_GAZETTE', 'NEW_MEDIA', 'NOTICE_BOARD', 'OTHER'))
BEGIN
    SELECT RAISE(ABORT, 'document.channels holds a value that is not a PublicationChannel code');
END;

-- An old list with an unknown label stops here (the CHECK fails), as the rebuilt tables' CHECKs do for theirs;
-- and every reference still finds its row (the ids were copied).
CREATE TEMP TABLE enum_codes_2_check (bad INTEGER CHECK (bad = 0));
INSERT INTO enum_codes_2_check SELECT count(*) FROM document, json_each(document.channels)
    WHERE json_each.value NOT IN ('GOVERNMENT_WEBSITE', 'GOVERNMENT_GAZETTE', 'NEW_MEDIA', 'NOTICE_BOARD', 'OTHER');
INSERT INTO enum_codes_2_check SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE enum_codes_2_check;

RELEASE enum_codes_2;
PRAGMA foreign_keys = ON;
