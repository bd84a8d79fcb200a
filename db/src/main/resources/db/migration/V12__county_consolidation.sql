-- SPDX-License-Identifier: AGPL-3.0-or-later
-- 全县汇总 (issue 18): the county office's list of offices that must report, and the 年报数据包 they sent.
-- Stored values are stable codes (decision 0004); labels live in the enums.

-- The offices that must send their year's figures: county departments, townships, the county government.
CREATE TABLE county_office (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('DEPARTMENT', 'TOWNSHIP', 'COUNTY_GOVERNMENT')),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
);

-- A package as received: the verified JSON content, kept whole so a second, different package of the
-- same office and year can be compared with the first and the clerk can choose.
CREATE TABLE county_package (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    organ_name    TEXT    NOT NULL,
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    report_state  TEXT    NOT NULL CHECK (report_state IN ('DRAFT', 'FINAL')),
    content_json  TEXT    NOT NULL CHECK (json_valid(content_json)),
    file_name     TEXT    NOT NULL,
    received_at   TEXT    NOT NULL,
    chosen        INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    UNIQUE (year, organ_name, sha256)
);
CREATE INDEX county_package_year ON county_package (year, organ_name);
