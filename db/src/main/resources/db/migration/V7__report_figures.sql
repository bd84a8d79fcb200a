-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The annual report (issue 6).
-- The figures of a year's report as exported final (what was published), so next year's checks compare
-- 二、上年结转 and the register stock with the published figures, and a re-opened year shows what changed.
ALTER TABLE report_draft ADD COLUMN final_figures_json TEXT
    CHECK (final_figures_json IS NULL OR json_valid(final_figures_json));

-- Covering indexes for the report's aggregation queries, so a year's tables come from the indexes alone
-- (see docs/benchmarks.md, 「年度报告」).
-- Table 三, 一/二/四 (grouped by applicant kind) and the records behind one applicant column.
CREATE INDEX request_report_flows ON request (applicant_kind, received_on, decided_on);
-- Table 三, 三、本年度办理结果 (decided in the year, by result row and applicant kind).
CREATE INDEX request_report_results ON request (decided_on, result_code, applicant_kind);
-- (Table 二's 2021 figures use the register's own covering index document_type_written_on, V5.)
-- Policy interpretations published in a year, for the narrative draft.
CREATE INDEX document_interpretation_published_on ON document (interpretation_published_on)
    WHERE interpretation_published_on IS NOT NULL;
