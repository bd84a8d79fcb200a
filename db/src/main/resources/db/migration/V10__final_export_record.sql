-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Issue 14, item 5: the record of each year's final export, with the SHA-256 of the file that was
-- published. It outlives the year_lock row it goes with: an unlock made in the app fills the unlock
-- columns (who, when, why), so a year_lock row deleted by an SQL tool shows up in `check` as a final
-- export that is neither locked nor unlocked. A restore carries these rows and the locks across.
CREATE TABLE final_export (
    year          INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    exported_at   TEXT NOT NULL,
    exported_by   TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
    unlocked_at   TEXT,
    unlocked_by   TEXT,
    unlock_reason TEXT
);

-- Years locked before this version: their export is known from the lock (no file name, no hash).
INSERT INTO final_export (year, exported_at, exported_by, file_name)
SELECT l.year, coalesce(d.final_exported_at, l.locked_at), l.locked_by, ''
FROM year_lock l LEFT JOIN report_draft d ON d.year = l.year;
