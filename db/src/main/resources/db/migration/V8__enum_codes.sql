-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Stored values become stable codes (decision 0004, 0008): applicant kind, ID type and channel of a request;
-- 公开属性, 文种, 有效性 and 保密审查结果 of a document; kind and result of a review case. The database held the
-- Chinese labels, so a corrected label (a full-width dash, a new wording in a future report format) would
-- have orphaned every stored row. The code is the enum constant's name; the label lives only in the enum.
--
-- SQLite cannot change a CHECK constraint in place, so each table is rebuilt the documented way (create the
-- new shape, copy with the label → code mapping, drop the old, rename the new, recreate indexes and
-- triggers). Foreign keys must be off while a parent table is dropped (its ON DELETE CASCADE would empty
-- the children), and PRAGMA foreign_keys is ignored inside a transaction: this script runs outside
-- Flyway's transaction (V8__enum_codes.sql.conf) and opens its own with a savepoint. A label with no code
-- is copied unchanged and fails the new CHECK, so an unexpected value stops the migration with nothing
-- changed (Database.open has already copied the file to a backup). Column order is kept.
PRAGMA foreign_keys = OFF;
SAVEPOINT enum_codes;

CREATE TABLE request_v8 (
    id             INTEGER PRIMARY KEY,
    reg_year       INTEGER NOT NULL CHECK (reg_year BETWEEN 2000 AND 2100),
    reg_seq        INTEGER NOT NULL CHECK (reg_seq > 0),
    reg_number     TEXT    NOT NULL UNIQUE,
    applicant_kind TEXT    NOT NULL CHECK (applicant_kind IN ('NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTION', 'PUBLIC_WELFARE_ORGANISATION', 'LEGAL_SERVICE_ORGANISATION', 'OTHER_ORGANISATION')),
    applicant_name TEXT    NOT NULL CHECK (length(trim(applicant_name)) > 0),
    id_type        TEXT CHECK (id_type IS NULL OR id_type IN ('RESIDENT_ID', 'CREDIT_CODE', 'PASSPORT', 'HK_MACAO_TAIWAN', 'OTHER')),
    id_number      TEXT,
    phone          TEXT,
    address        TEXT,
    email          TEXT,
    channel        TEXT    NOT NULL CHECK (channel IN ('IN_PERSON', 'REGISTERED_MAIL', 'ORDINARY_LETTER', 'INTERNET', 'FAX', 'EMAIL', 'OTHER')),
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
INSERT INTO request_v8 (id, reg_year, reg_seq, reg_number, applicant_kind, applicant_name, id_type, id_number, phone, address, email, channel, submitted_on, received_on, content, form_wanted, result_code, decided_on, due_on, notes, created_at, updated_at)
SELECT id, reg_year, reg_seq, reg_number, CASE applicant_kind WHEN '自然人' THEN 'NATURAL_PERSON' WHEN '商业企业' THEN 'COMMERCIAL_ENTERPRISE' WHEN '科研机构' THEN 'RESEARCH_INSTITUTION' WHEN '社会公益组织' THEN 'PUBLIC_WELFARE_ORGANISATION' WHEN '法律服务机构' THEN 'LEGAL_SERVICE_ORGANISATION' WHEN '其他' THEN 'OTHER_ORGANISATION' ELSE applicant_kind END, applicant_name, CASE id_type WHEN '居民身份证' THEN 'RESIDENT_ID' WHEN '统一社会信用代码' THEN 'CREDIT_CODE' WHEN '护照' THEN 'PASSPORT' WHEN '港澳台居民证件' THEN 'HK_MACAO_TAIWAN' WHEN '其他' THEN 'OTHER' ELSE id_type END, id_number, phone, address, email, CASE channel WHEN '当面' THEN 'IN_PERSON' WHEN '邮寄-签收' THEN 'REGISTERED_MAIL' WHEN '平常信函' THEN 'ORDINARY_LETTER' WHEN '互联网' THEN 'INTERNET' WHEN '传真' THEN 'FAX' WHEN '电子邮件' THEN 'EMAIL' WHEN '其他' THEN 'OTHER' ELSE channel END, submitted_on, received_on, content, form_wanted, result_code, decided_on, due_on, notes, created_at, updated_at
FROM request;
DROP TABLE request;
ALTER TABLE request_v8 RENAME TO request;
CREATE INDEX request_received_on ON request (received_on);
CREATE INDEX request_decided_on ON request (decided_on);
CREATE INDEX request_applicant_name ON request (applicant_name);
CREATE INDEX request_report_flows ON request (applicant_kind, received_on, decided_on);
CREATE INDEX request_report_results ON request (decided_on, result_code, applicant_kind);

CREATE TABLE document_v8 (
    id                        INTEGER PRIMARY KEY,
    index_number              TEXT UNIQUE,
    doc_number                TEXT UNIQUE,
    title                     TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    issuing_organ             TEXT,
    written_on                TEXT    NOT NULL CHECK (written_on = date(written_on)),
    published_on              TEXT CHECK (published_on IS NULL OR published_on = date(published_on)),
    disclosure_attribute      TEXT    NOT NULL DEFAULT 'PROACTIVE'
                              CHECK (disclosure_attribute IN ('PROACTIVE', 'ON_REQUEST', 'NOT_DISCLOSED')),
    non_disclosure_reason     TEXT,
    channels                  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(channels) AND substr(channels, 1, 1) = '['),
    category                  TEXT,
    doc_type                  TEXT    NOT NULL DEFAULT 'OTHER' CHECK (doc_type IN ('RULE', 'NORMATIVE_DOCUMENT', 'OTHER')),
    validity                  TEXT    NOT NULL DEFAULT 'IN_FORCE' CHECK (validity IN ('IN_FORCE', 'AMENDED', 'ABOLISHED', 'EXPIRED')),
    validity_changed_on       TEXT CHECK (validity_changed_on IS NULL OR validity_changed_on = date(validity_changed_on)),
    replaced_by_id            INTEGER REFERENCES document (id) ON DELETE SET NULL,
    interpretation_title      TEXT,
    interpretation_published_on TEXT CHECK (interpretation_published_on IS NULL OR interpretation_published_on = date(interpretation_published_on)),
    interpretation_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
    secrecy_reviewer          TEXT,
    secrecy_reviewed_on       TEXT CHECK (secrecy_reviewed_on IS NULL OR secrecy_reviewed_on = date(secrecy_reviewed_on)),
    secrecy_result            TEXT CHECK (secrecy_result IS NULL OR secrecy_result IN ('PASSED', 'REJECTED', 'CHANGES_NEEDED')),
    body_text                 TEXT    NOT NULL DEFAULT '',
    created_at                TEXT    NOT NULL,
    updated_at                TEXT    NOT NULL,
    publish_due_on            TEXT CHECK (publish_due_on IS NULL OR publish_due_on = date(publish_due_on)),
    interpretation_due_on     TEXT CHECK (interpretation_due_on IS NULL OR interpretation_due_on = date(interpretation_due_on)),
    CHECK (disclosure_attribute = 'PROACTIVE' OR length(trim(coalesce(non_disclosure_reason, ''))) > 0),
    CHECK (validity = 'IN_FORCE' OR validity_changed_on IS NOT NULL),
    CHECK (published_on IS NULL OR published_on >= written_on)
);
INSERT INTO document_v8 (id, index_number, doc_number, title, issuing_organ, written_on, published_on, disclosure_attribute, non_disclosure_reason, channels, category, doc_type, validity, validity_changed_on, replaced_by_id, interpretation_title, interpretation_published_on, interpretation_document_id, secrecy_reviewer, secrecy_reviewed_on, secrecy_result, body_text, created_at, updated_at, publish_due_on, interpretation_due_on)
SELECT id, index_number, doc_number, title, issuing_organ, written_on, published_on, CASE disclosure_attribute WHEN '主动公开' THEN 'PROACTIVE' WHEN '依申请公开' THEN 'ON_REQUEST' WHEN '不予公开' THEN 'NOT_DISCLOSED' ELSE disclosure_attribute END, non_disclosure_reason, channels, category, CASE doc_type WHEN '规章' THEN 'RULE' WHEN '行政规范性文件' THEN 'NORMATIVE_DOCUMENT' WHEN '其他公文' THEN 'OTHER' ELSE doc_type END, CASE validity WHEN '现行有效' THEN 'IN_FORCE' WHEN '已修改' THEN 'AMENDED' WHEN '已废止' THEN 'ABOLISHED' WHEN '已失效' THEN 'EXPIRED' ELSE validity END, validity_changed_on, replaced_by_id, interpretation_title, interpretation_published_on, interpretation_document_id, secrecy_reviewer, secrecy_reviewed_on, CASE secrecy_result WHEN '通过' THEN 'PASSED' WHEN '不通过' THEN 'REJECTED' WHEN '需修改' THEN 'CHANGES_NEEDED' ELSE secrecy_result END, body_text, created_at, updated_at, publish_due_on, interpretation_due_on
FROM document;
DROP TABLE document;
ALTER TABLE document_v8 RENAME TO document;
CREATE INDEX document_written_on ON document (written_on);
CREATE INDEX document_published_on ON document (published_on);
CREATE INDEX document_type_validity ON document (doc_type, validity, validity_changed_on);
CREATE INDEX document_type_written_on ON document (doc_type, written_on, validity, validity_changed_on);
CREATE INDEX document_interpretation_published_on ON document (interpretation_published_on)
    WHERE interpretation_published_on IS NOT NULL;
-- The full-text index keeps its rows (same ids); only its triggers went with the old table.
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

CREATE TABLE review_case_v8 (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER REFERENCES request (id) ON DELETE SET NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('ADMINISTRATIVE_REVIEW', 'LAWSUIT_DIRECT', 'LAWSUIT_AFTER_REVIEW')),
    case_number TEXT,
    filed_on    TEXT    NOT NULL CHECK (filed_on = date(filed_on)),
    result      TEXT    NOT NULL DEFAULT 'PENDING' CHECK (result IN ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING')),
    closed_on   TEXT CHECK (closed_on IS NULL OR closed_on = date(closed_on)),
    note        TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK ((result = 'PENDING') = (closed_on IS NULL)),
    CHECK (closed_on IS NULL OR closed_on >= filed_on)
);
INSERT INTO review_case_v8 (id, request_id, kind, case_number, filed_on, result, closed_on, note, created_at, updated_at)
SELECT id, request_id, CASE kind WHEN '行政复议' THEN 'ADMINISTRATIVE_REVIEW' WHEN '行政诉讼-未经复议直接起诉' THEN 'LAWSUIT_DIRECT' WHEN '行政诉讼-复议后起诉' THEN 'LAWSUIT_AFTER_REVIEW' ELSE kind END, case_number, filed_on, CASE result WHEN '结果维持' THEN 'UPHELD' WHEN '结果纠正' THEN 'CORRECTED' WHEN '其他结果' THEN 'OTHER' WHEN '尚未审结' THEN 'PENDING' ELSE result END, closed_on, note, created_at, updated_at
FROM review_case;
DROP TABLE review_case;
ALTER TABLE review_case_v8 RENAME TO review_case;
CREATE INDEX review_case_filed_on ON review_case (filed_on);

-- Every reference still finds its row (the ids were copied): a dangling one makes this insert fail the CHECK.
CREATE TEMP TABLE enum_codes_check (dangling INTEGER CHECK (dangling = 0));
INSERT INTO enum_codes_check SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE enum_codes_check;

RELEASE enum_codes;
PRAGMA foreign_keys = ON;
