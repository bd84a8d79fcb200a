// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupNameTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource({
            "desk-auto-20260131-093000.db,              desk,    AUTO,             2026-01-31T09:30:00",
            "desk-20260131-093000.db,                   desk,    MANUAL,           2026-01-31T09:30:00",
            "desk-before-restore-20260131-093000.db,    desk,    BEFORE_RESTORE,   2026-01-31T09:30:00",
            "desk-before-migration-v2-20260131-093000.db, desk,  BEFORE_MIGRATION, 2026-01-31T09:30:00",
            "desk-auto-20260131-093000-3.db,            desk,    AUTO,             2026-01-31T09:30:00",
            "办公室-台账-auto-20251231-235959.db,        办公室-台账, AUTO,           2025-12-31T23:59:59",
            "DESK-AUTO-20260131-093000.DB,              DESK,    AUTO,             2026-01-31T09:30:00"})
    void reads_the_names_the_app_gives(String fileName, String stem, BackupKind kind, String takenAt) {
        assertEquals(Optional.of(new BackupName(stem, kind, LocalDateTime.parse(takenAt))), BackupName.parse(fileName));
    }

    @ParameterizedTest
    @CsvSource({"desk.db", "我的备份.db", "desk-auto-20261340-093000.db", "desk-auto-20260131.db", "notes.txt"})
    void other_names_are_not_the_apps(String fileName) {
        assertEquals(Optional.empty(), BackupName.parse(fileName));
    }

    @ParameterizedTest(name = "{0} #{1} → {2}")
    @CsvSource({
            "AUTO,           1, desk-auto-20260131-093005.db",
            "AUTO,           2, desk-auto-20260131-093005-2.db",
            "MANUAL,         1, desk-20260131-093005.db",
            "BEFORE_RESTORE, 1, desk-before-restore-20260131-093005.db"})
    void gives_names_that_read_back(BackupKind kind, int n, String expected) {
        BackupName name = new BackupName("desk", kind, LocalDateTime.parse("2026-01-31T09:30:05.123"));
        assertEquals(expected, name.fileName(n));
        assertEquals(kind, BackupName.parse(expected).orElseThrow().kind());
    }
}
