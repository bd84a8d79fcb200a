-- SPDX-License-Identifier: AGPL-3.0-or-later
-- 一事一申请 (issue 12, item 3; 国办函〔2020〕109号 第四条): an application the office split into items.
-- Each item is one 件 for table 三 and for the 按件 fee (docs/requirements/requests.md, req~items.counting~1).
-- An application without rows here is one 件 under request.result_code, as before. An item shares the
-- application's applicant, clock, steps and reply date; it has its own content and its own result row
-- (null: not chosen yet, it counts under the application's result).
CREATE TABLE request_item (
    request_id  INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    item_no     INTEGER NOT NULL CHECK (item_no BETWEEN 1 AND 999),
    content     TEXT    NOT NULL CHECK (length(trim(content)) > 0),
    result_code TEXT CHECK (result_code IS NULL OR result_code IN (
                    '1', '2', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8',
                    '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '5.5', '6.1', '6.2', '6.3')),
    PRIMARY KEY (request_id, item_no)
);
