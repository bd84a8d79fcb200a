-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Disclosure Desk schema v1: every table the product needs, so later work adds features, not tables.
-- Dates are ISO text (YYYY-MM-DD; CHECK x = date(x) refuses both other shapes and days that do not exist), timestamps ISO text (YYYY-MM-DDTHH:MM:SS), money integer 分.
-- Statutory labels are stored verbatim so a row read with any tool says what it means.

CREATE TABLE org_settings (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    office_name            TEXT    NOT NULL CHECK (length(trim(office_name)) > 0),
    organ_name             TEXT,
    signatory              TEXT,
    request_number_prefix  TEXT    NOT NULL DEFAULT '依申请',
    due_soon_working_days  INTEGER NOT NULL DEFAULT 5 CHECK (due_soon_working_days BETWEEN 1 AND 20),
    interpretation_working_days INTEGER NOT NULL DEFAULT 3 CHECK (interpretation_working_days BETWEEN 1 AND 60),
    index_number_pattern   TEXT,
    operator_name          TEXT,
    updated_at             TEXT    NOT NULL
);

-- Free-form settings that need no column of their own (remembered import mappings, UI choices).
CREATE TABLE app_setting (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- 处室/科室/单位 directory with aliases, for matching plan units.
CREATE TABLE unit (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind       TEXT    NOT NULL DEFAULT '处室' CHECK (kind IN ('处室', '科室', '单位', '其他')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT    NOT NULL
);

CREATE TABLE unit_alias (
    id      INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    alias   TEXT    NOT NULL UNIQUE CHECK (length(trim(alias)) > 0)
);

-- 工作方案 and its tasks.
CREATE TABLE plan (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    issuer           TEXT,
    doc_number       TEXT,
    year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    source_file_name TEXT,
    source_text      TEXT,
    imported_at      TEXT    NOT NULL
);

CREATE TABLE plan_task (
    id                INTEGER PRIMARY KEY,
    plan_id           INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_id         INTEGER REFERENCES plan_task (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL CHECK (seq >= 0),
    path_json         TEXT    NOT NULL CHECK (json_valid(path_json) AND substr(path_json, 1, 1) = '['),
    text              TEXT    NOT NULL,
    deadline_phrase   TEXT,
    due_date          TEXT CHECK (due_date IS NULL OR due_date = date(due_date)),
    deadline_kind     TEXT    NOT NULL DEFAULT 'NONE'
                      CHECK (deadline_kind IN ('NONE', 'DATE', 'RELATIVE', 'RECURRING', 'ONGOING')),
    recurrence        TEXT CHECK (recurrence IS NULL OR recurrence IN ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    status            TEXT    NOT NULL DEFAULT '未开始' CHECK (status IN ('未开始', '进行中', '已完成', '不适用')),
    completed_on      TEXT CHECK (completed_on IS NULL OR completed_on = date(completed_on)),
    UNIQUE (plan_id, seq),
    CHECK (status = '已完成' OR completed_on IS NULL)
);

-- Units as written in the plan, kept apart by role; unit_id is a confirmed match to the directory.
CREATE TABLE plan_task_unit (
    id           INTEGER PRIMARY KEY,
    task_id      INTEGER NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    role         TEXT    NOT NULL CHECK (role IN ('LEAD', 'RESPONSIBLE')),
    name_written TEXT    NOT NULL CHECK (length(trim(name_written)) > 0),
    unit_id      INTEGER REFERENCES unit (id) ON DELETE SET NULL,
    seq          INTEGER NOT NULL DEFAULT 0
);

-- Measurable targets such as 每周更新不少于2次.
CREATE TABLE plan_task_target (
    id       INTEGER PRIMARY KEY,
    task_id  INTEGER NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    text     TEXT    NOT NULL,
    quantity NUMERIC,
    measure  TEXT,
    period   TEXT
);

CREATE TABLE plan_task_progress (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    noted_on      TEXT    NOT NULL CHECK (noted_on = date(noted_on)),
    note          TEXT    NOT NULL CHECK (length(trim(note)) > 0),
    evidence_file TEXT,
    created_at    TEXT    NOT NULL
);

-- 主动公开台账: the register of published documents.
CREATE TABLE document (
    id                        INTEGER PRIMARY KEY,
    index_number              TEXT UNIQUE,
    doc_number                TEXT UNIQUE,
    title                     TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    issuing_organ             TEXT,
    written_on                TEXT    NOT NULL CHECK (written_on = date(written_on)),
    published_on              TEXT CHECK (published_on IS NULL OR published_on = date(published_on)),
    disclosure_attribute      TEXT    NOT NULL DEFAULT '主动公开'
                              CHECK (disclosure_attribute IN ('主动公开', '依申请公开', '不予公开')),
    non_disclosure_reason     TEXT,
    channels                  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(channels) AND substr(channels, 1, 1) = '['),
    category                  TEXT,
    doc_type                  TEXT    NOT NULL DEFAULT '其他公文' CHECK (doc_type IN ('规章', '行政规范性文件', '其他公文')),
    validity                  TEXT    NOT NULL DEFAULT '现行有效' CHECK (validity IN ('现行有效', '已修改', '已废止', '已失效')),
    validity_changed_on       TEXT CHECK (validity_changed_on IS NULL OR validity_changed_on = date(validity_changed_on)),
    replaced_by_id            INTEGER REFERENCES document (id) ON DELETE SET NULL,
    interpretation_title      TEXT,
    interpretation_published_on TEXT CHECK (interpretation_published_on IS NULL OR interpretation_published_on = date(interpretation_published_on)),
    interpretation_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
    secrecy_reviewer          TEXT,
    secrecy_reviewed_on       TEXT CHECK (secrecy_reviewed_on IS NULL OR secrecy_reviewed_on = date(secrecy_reviewed_on)),
    secrecy_result            TEXT CHECK (secrecy_result IS NULL OR secrecy_result IN ('通过', '不通过', '需修改')),
    body_text                 TEXT    NOT NULL DEFAULT '',
    created_at                TEXT    NOT NULL,
    updated_at                TEXT    NOT NULL,
    CHECK (disclosure_attribute = '主动公开' OR length(trim(coalesce(non_disclosure_reason, ''))) > 0),
    CHECK (validity = '现行有效' OR validity_changed_on IS NOT NULL),
    CHECK (published_on IS NULL OR published_on >= written_on)
);

CREATE TABLE document_attachment (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    file_name   TEXT    NOT NULL,
    stored_path TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    added_at    TEXT    NOT NULL
);

-- Substring search for Chinese without a word segmenter: FTS5 with the trigram tokenizer,
-- kept in step with document by triggers (external-content pattern).
CREATE VIRTUAL TABLE document_fts USING fts5(
    title, doc_number, issuing_organ, body_text,
    content = 'document', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER document_fts_ai AFTER INSERT ON document BEGIN
    INSERT INTO document_fts (rowid, title, doc_number, issuing_organ, body_text)
    VALUES (new.id, new.title, coalesce(new.doc_number, ''), coalesce(new.issuing_organ, ''), new.body_text);
END;

CREATE TRIGGER document_fts_ad AFTER DELETE ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, doc_number, issuing_organ, body_text)
    VALUES ('delete', old.id, old.title, coalesce(old.doc_number, ''), coalesce(old.issuing_organ, ''), old.body_text);
END;

CREATE TRIGGER document_fts_au AFTER UPDATE OF title, doc_number, issuing_organ, body_text ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, doc_number, issuing_organ, body_text)
    VALUES ('delete', old.id, old.title, coalesce(old.doc_number, ''), coalesce(old.issuing_organ, ''), old.body_text);
    INSERT INTO document_fts (rowid, title, doc_number, issuing_organ, body_text)
    VALUES (new.id, new.title, coalesce(new.doc_number, ''), coalesce(new.issuing_organ, ''), new.body_text);
END;

-- 依申请公开台账. result_code is a stable code for a table-三 result row:
-- '1' （一）予以公开, '2' （二）部分公开, '3.1'..'3.8' （三）, '4.1'..'4.3' （四）, '5.1'..'5.5' （五）, '6.1'..'6.3' （六）.
CREATE TABLE request (
    id             INTEGER PRIMARY KEY,
    reg_year       INTEGER NOT NULL CHECK (reg_year BETWEEN 2000 AND 2100),
    reg_seq        INTEGER NOT NULL CHECK (reg_seq > 0),
    reg_number     TEXT    NOT NULL UNIQUE,
    applicant_kind TEXT    NOT NULL CHECK (applicant_kind IN ('自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')),
    applicant_name TEXT    NOT NULL CHECK (length(trim(applicant_name)) > 0),
    id_type        TEXT CHECK (id_type IS NULL OR id_type IN ('居民身份证', '统一社会信用代码', '护照', '港澳台居民证件', '其他')),
    id_number      TEXT,
    phone          TEXT,
    address        TEXT,
    email          TEXT,
    channel        TEXT    NOT NULL CHECK (channel IN ('当面', '邮寄-签收', '平常信函', '互联网', '传真', '电子邮件', '其他')),
    submitted_on   TEXT    NOT NULL CHECK (submitted_on = date(submitted_on)),
    received_on    TEXT    NOT NULL CHECK (received_on = date(received_on)),
    content        TEXT    NOT NULL CHECK (length(trim(content)) > 0),
    form_wanted    TEXT,
    result_code    TEXT CHECK (result_code IS NULL OR result_code IN (
                       '1', '2', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8',
                       '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '5.5', '6.1', '6.2', '6.3')),
    decided_on     TEXT CHECK (decided_on IS NULL OR decided_on = date(decided_on)),
    due_on         TEXT CHECK (due_on IS NULL OR due_on = date(due_on)),
    notes          TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    UNIQUE (reg_year, reg_seq),
    CHECK (received_on >= submitted_on),
    CHECK ((result_code IS NULL) = (decided_on IS NULL)),
    CHECK (decided_on IS NULL OR decided_on >= received_on)
);

-- The timeline of a request. due_on is the event's own limit (补正期限, fee payment deadline,
-- the third party's answer limit); related_event_id pairs an answer with its consultation.
CREATE TABLE request_event (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL CHECK (kind IN (
                         'CORRECTION_SENT', 'CORRECTION_RECEIVED', 'CORRECTION_LAPSED',
                         'CONSULTATION_SENT', 'CONSULTATION_ANSWERED',
                         'EXTENSION', 'FEE_NOTICE', 'FEE_PAID', 'FEE_LAPSED',
                         'DECISION', 'REPLY_SENT')),
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
    related_event_id INTEGER REFERENCES request_event (id) ON DELETE CASCADE,
    note             TEXT,
    created_at       TEXT    NOT NULL
);

-- At most one extension per request (条例第三十三条).
CREATE UNIQUE INDEX request_event_one_extension ON request_event (request_id) WHERE kind = 'EXTENSION';

-- 行政复议 / 行政诉讼 cases, for table 四.
CREATE TABLE review_case (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER REFERENCES request (id) ON DELETE SET NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('行政复议', '行政诉讼-未经复议直接起诉', '行政诉讼-复议后起诉')),
    case_number TEXT,
    filed_on    TEXT    NOT NULL CHECK (filed_on = date(filed_on)),
    result      TEXT    NOT NULL DEFAULT '尚未审结' CHECK (result IN ('结果维持', '结果纠正', '其他结果', '尚未审结')),
    closed_on   TEXT CHECK (closed_on IS NULL OR closed_on = date(closed_on)),
    note        TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK ((result = '尚未审结') = (closed_on IS NULL)),
    CHECK (closed_on IS NULL OR closed_on >= filed_on)
);

-- Figures no ledger holds (table 二, 第二十条第（五）（六）（八）项).
CREATE TABLE yearly_statistics (
    year                 INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    licensing_decisions  INTEGER NOT NULL DEFAULT 0 CHECK (licensing_decisions >= 0),
    penalty_decisions    INTEGER NOT NULL DEFAULT 0 CHECK (penalty_decisions >= 0),
    coercion_decisions   INTEGER NOT NULL DEFAULT 0 CHECK (coercion_decisions >= 0),
    admin_fee_fen        INTEGER NOT NULL DEFAULT 0 CHECK (admin_fee_fen >= 0),
    extra_json           TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(extra_json)),
    source_note          TEXT,
    updated_at           TEXT    NOT NULL
);

-- Annual report drafts: narrative per section, per year.
CREATE TABLE report_draft (
    year              INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    section_overview  TEXT NOT NULL DEFAULT '',
    section_problems  TEXT NOT NULL DEFAULT '',
    section_other     TEXT NOT NULL DEFAULT '',
    manual_notes      TEXT NOT NULL DEFAULT '',
    generated_at      TEXT,
    final_exported_at TEXT,
    needs_reexport    INTEGER NOT NULL DEFAULT 0 CHECK (needs_reexport IN (0, 1)),
    updated_at        TEXT NOT NULL
);

-- Once year N's report is exported as final, year N is locked.
CREATE TABLE year_lock (
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    locked_at TEXT NOT NULL,
    locked_by TEXT NOT NULL
);

-- The working-day calendar. Only exceptions are stored: a HOLIDAY is a day off that would be a
-- working day or part of a holiday block; a WORKDAY is a weekend day made a working day (调休).
CREATE TABLE calendar_year (
    year          INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    notice_title  TEXT NOT NULL,
    loaded_at     TEXT NOT NULL
);

CREATE TABLE calendar_day (
    day           TEXT PRIMARY KEY CHECK (day = date(day)),
    year          INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    holiday_name  TEXT,
    source_notice TEXT,
    CHECK (CAST(substr(day, 1, 4) AS INTEGER) = year)
);

-- Who changed what, when. Never updated or deleted by the app.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id INTEGER,
    action    TEXT    NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'LOCK', 'UNLOCK', 'IMPORT', 'RESTORE', 'EXPORT')),
    field     TEXT,
    old_value TEXT,
    new_value TEXT,
    summary   TEXT
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
