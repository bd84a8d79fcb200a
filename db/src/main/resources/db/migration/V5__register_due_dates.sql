-- SPDX-License-Identifier: AGPL-3.0-or-later
-- 主动公开台账: the two deadlines a document is checked against, stored so that the 「公开超期」 and
-- 「缺少解读」 filters and the table-二 counts stay fast on a register of a million rows.
-- publish_due_on: 成文日期 + 20 working days (条例第二十六条).
-- interpretation_due_on: 发布日期 + the office's setting (政策解读时限), for 行政规范性文件 only.
-- Both are recomputed by the register whenever the working-day calendar or the setting changes.
ALTER TABLE document ADD COLUMN publish_due_on TEXT
    CHECK (publish_due_on IS NULL OR publish_due_on = date(publish_due_on));
ALTER TABLE document ADD COLUMN interpretation_due_on TEXT
    CHECK (interpretation_due_on IS NULL OR interpretation_due_on = date(interpretation_due_on));

-- 本年制发件数 and 现行有效件数 per 文种 are counted from this index alone (it covers every column they read).
CREATE INDEX document_type_written_on ON document (doc_type, written_on, validity, validity_changed_on);

-- Attachments are listed (and counted in the register's list) per document.
CREATE INDEX document_attachment_document ON document_attachment (document_id);
