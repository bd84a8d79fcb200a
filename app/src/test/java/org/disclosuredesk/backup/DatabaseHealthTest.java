// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import static org.disclosuredesk.backup.DatabaseFiles.addUnits;
import static org.disclosuredesk.backup.DatabaseFiles.unitNames;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.db.DatabaseOpenException;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseHealthTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-03-02T08:30:00");
    private final DatabaseHealth health = new DatabaseHealth(clock, new BackupFileRepository(),
            new DatabaseLocationAdvisor("Linux", p -> Optional.of("ext4"), letter -> false));

    @Test
    void a_sound_database_has_a_clean_bill_of_health() {
        try (Database db = Database.open(dir.resolve("desk.db"))) {
            addUnits(db, "办公室");
            HealthReport report = health.check(db);
            assertTrue(report.healthy());
            assertEquals(List.of("ok"), report.integrityCheck());
            assertEquals(List.of(), report.foreignKeyCheck());
            assertEquals(1, report.tableCounts().get("unit"));
            assertEquals(Database.latestSchemaVersion(), report.schemaVersion());
        }
    }

    @Test
    void a_row_pointing_at_nothing_makes_the_database_unhealthy() {
        try (Database db = Database.open(dir.resolve("desk.db"))) {
            db.dsl().connection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA foreign_keys = OFF");
                    s.executeUpdate("INSERT INTO unit_alias (unit_id, alias) VALUES (999, '孤儿别名')");
                    s.execute("PRAGMA foreign_keys = ON");
                }
            });
            HealthReport report = health.check(db);
            assertFalse(report.healthy());
            assertEquals(1, report.foreignKeyCheck().size());
            assertTrue(report.foreignKeyCheck().get(0).startsWith("unit_alias → unit"), report.foreignKeyCheck().toString());
        }
    }

    @Test
    void offers_the_newest_backup_that_passes_its_integrity_check() throws IOException {
        Path live = dir.resolve("desk.db");
        Path older;
        Path newer;
        try (AppContext ctx = new AppContext(Database.open(live), clock)) {
            addUnits(ctx.database(), "办公室");
            older = ctx.backups().onCleanExit().path();
            clock.set("2026-03-03T08:30:00");
            for (int i = 0; i < 300; i++) {
                addUnits(ctx.database(), "科室" + i);
            }
            newer = ctx.backups().onCleanExit().path();
        }
        DatabaseFiles.corruptPages(newer);
        DatabaseFiles.corruptPages(live);
        DatabaseOpenException refused = assertThrows(DatabaseOpenException.class, () -> Database.open(live));
        assertEquals(DatabaseOpenException.Problem.DAMAGED, refused.problem());

        RecoveryOffer offer = health.recoveryOffer(live).orElseThrow();

        assertEquals(older, offer.backup().file().path());
        assertEquals(1, offer.backup().contents().count("unit"));
        assertEquals(live.toAbsolutePath(), offer.damagedFile());
    }

    @Test
    void never_offers_the_backup_of_another_database_in_the_same_folder() throws IOException {
        Path other = dir.resolve("other.db");
        try (AppContext ctx = new AppContext(Database.open(other), clock)) {
            addUnits(ctx.database(), "别的机关");
            ctx.backups().onCleanExit();
        }
        Path live = DatabaseFiles.damagedDatabase(dir.resolve("desk.db"), 300);

        assertEquals(Optional.empty(), health.recoveryOffer(live));
    }

    @Test
    void no_offer_when_no_backup_is_sound() throws IOException {
        Path live = DatabaseFiles.damagedDatabase(dir.resolve("desk.db"), 300);
        Files.createDirectories(dir.resolve("backups"));
        Files.copy(live, dir.resolve("backups").resolve("desk-auto-20260301-170000.db"));
        Files.writeString(dir.resolve("backups").resolve("desk-20260301-170000.db"), "not a database");

        assertEquals(Optional.empty(), health.recoveryOffer(live));
    }

    @Test
    void recovery_keeps_the_damaged_file_as_evidence_and_puts_the_backup_in_place() throws IOException {
        Path live = dir.resolve("desk.db");
        Path backup;
        try (AppContext ctx = new AppContext(Database.open(live), clock)) {
            addUnits(ctx.database(), "办公室", "政务公开科");
            backup = ctx.backups().onCleanExit().path();
        }
        DatabaseFiles.damagedDatabase(live, 300);
        Files.writeString(dir.resolve("desk.db-wal"), "a stale log that must not be replayed");
        byte[] damagedBytes = Files.readAllBytes(live);

        RestoreResult result = health.recover(live, backup);

        Path evidence = dir.resolve("damaged").resolve("20260302-083000");
        assertEquals(evidence, result.previousData());
        assertArrayEquals(damagedBytes, Files.readAllBytes(evidence.resolve("desk.db")));
        assertTrue(Files.exists(evidence.resolve("desk.db-wal")));
        assertFalse(Files.exists(dir.resolve("desk.db-wal")));
        assertEquals(2, result.tableCounts().get("unit"));
        try (Database reopened = Database.open(live)) {
            assertEquals(List.of("办公室", "政务公开科"), unitNames(reopened));
        }
        assertTrue(BackupServiceTest.names(dir).stream().noneMatch(n -> n.endsWith(".tmp")), BackupServiceTest.names(dir).toString());
    }

    @Test
    void recovery_from_a_bad_backup_changes_nothing() throws IOException {
        Path live = DatabaseFiles.damagedDatabase(dir.resolve("desk.db"), 300);
        byte[] before = Files.readAllBytes(live);
        Path notABackup = dir.resolve("notes.db");
        Files.writeString(notABackup, "会议记录");

        UserError e = assertThrows(UserError.class, () -> health.recover(live, notABackup));

        assertTrue(e.getMessage().contains("不能用于恢复"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(live));
        assertFalse(Files.exists(dir.resolve("damaged")));
    }

    @Test
    void the_report_carries_location_warnings_without_calling_the_file_unhealthy() {
        DatabaseHealth onNfs = new DatabaseHealth(clock, new BackupFileRepository(),
                new DatabaseLocationAdvisor("Linux", p -> Optional.of("nfs4"), letter -> false));
        try (Database db = Database.open(dir.resolve("desk.db"))) {
            HealthReport report = onNfs.check(db);
            assertTrue(report.healthy());
            assertEquals(LocationWarning.Risk.NETWORK_DRIVE, report.warnings().get(0).risk());
        }
    }
}
