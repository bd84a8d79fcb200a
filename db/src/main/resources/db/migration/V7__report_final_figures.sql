-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The figures of a year's report as exported final (what was published), so next year's checks compare
-- 二、上年结转 and the register stock with the published figures, and a re-opened year shows what changed.
ALTER TABLE report_draft ADD COLUMN final_figures_json TEXT
    CHECK (final_figures_json IS NULL OR json_valid(final_figures_json));
