// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import static org.disclosuredesk.backup.DatabaseFiles.addUnits;
import static org.disclosuredesk.backup.DatabaseFiles.unitNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.FinalExport;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, items 5 and 6: a restore never takes a year lock back, and never lands without its audit line. */
class RestoreKeepsLocksTest {

    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-01-31T09:00:00");
    private AppContext context;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("desk.db"));
        context = new AppContext(db, clock);
        addUnits(db, "办公室");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void exportFinal(int year) {
        db.inTransaction(() -> {
            context.yearLocks().recordFinalExport(year, year + "年度报告.pdf", HASH);
            context.audit().record("report_draft", (long) year, AuditEntry.Action.EXPORT, "年度报告定稿导出：" + year + "年度报告.pdf");
            return null;
        });
    }

    @Test
    void restoring_a_backup_taken_before_the_final_export_keeps_the_lock_the_record_and_their_audit_lines() {
        Path before = context.backups().onCleanExit().path();
        clock.set("2026-01-31T10:00:00");
        exportFinal(2025);
        clock.set("2026-01-31T11:00:00");

        context.backups().restore(before);

        assertTrue(context.yearLocks().isLocked(2025), "the year stays locked");
        FinalExport record = context.yearLocks().finalExports().get(0);
        assertEquals(2025, record.year());
        assertEquals(HASH, record.sha256());
        assertEquals("2025年度报告.pdf", record.fileName());
        List<String> actions = db.dsl().fetch("SELECT action FROM audit_log ORDER BY id").getValues(0, String.class);
        assertTrue(actions.containsAll(List.of("LOCK", "EXPORT", "RESTORE")), actions.toString());
        assertTrue(context.health().check(db).healthy(), context.health().check(db).lockProblems().toString());
    }

    @Test
    void a_year_unlocked_after_the_backup_stays_unlocked_and_its_unlock_says_who_and_why() {
        exportFinal(2025);
        Path locked = context.backups().onCleanExit().path();
        clock.set("2026-01-31T10:00:00");
        db.inTransaction(() -> {
            context.yearLocks().unlock(2025, "更正一件申请的办结日期");
            return null;
        });

        context.backups().restore(locked);

        assertFalse(context.yearLocks().isLocked(2025));
        FinalExport record = context.yearLocks().finalExports().get(0);
        assertTrue(record.unlocked());
        assertEquals("更正一件申请的办结日期", record.unlockReason());
        assertFalse(record.unlockedBy().isBlank());
        String unlockLine = db.dsl().fetch("SELECT summary FROM audit_log WHERE action = 'UNLOCK'").getValues(0, String.class).get(0);
        assertTrue(unlockLine.contains(record.unlockedBy()) && unlockLine.contains("更正一件申请的办结日期"), unlockLine);
    }

    @Test
    void check_finds_a_year_lock_deleted_with_an_sql_tool() {
        exportFinal(2025);
        assertTrue(context.health().check(db).healthy());

        db.dsl().execute("DELETE FROM year_lock WHERE year = 2025");

        HealthReport report = context.health().check(db);
        assertFalse(report.healthy());
        assertEquals(1, report.lockProblems().size());
        assertTrue(report.lockProblems().get(0).contains("2025 年度报告") && report.lockProblems().get(0).contains(HASH),
                report.lockProblems().toString());
    }

    @Test
    void a_year_unlocked_in_the_app_is_not_a_problem_for_check() {
        exportFinal(2025);
        db.inTransaction(() -> {
            context.yearLocks().unlock(2025, "补录一件申请");
            return null;
        });
        assertTrue(context.health().check(db).healthy());
    }

    @Test
    void a_restore_whose_audit_line_cannot_be_written_restores_nothing() {
        Path backup = dir.resolve("hostile.db");
        try (Database other = Database.open(backup)) {
            addUnits(other, "别处的科室");
            other.dsl().execute("CREATE TRIGGER no_restore_line BEFORE INSERT ON audit_log WHEN NEW.action = 'RESTORE' "
                    + "BEGIN SELECT RAISE(ABORT, 'disk full while writing the restore line'); END");
        }

        assertThrows(UserError.class, () -> context.backups().restore(backup));

        assertEquals(List.of("办公室"), unitNames(db), "the data and its RESTORE line go in together or not at all");
        assertEquals(Optional.empty(), Optional.ofNullable(
                db.dsl().fetch("SELECT summary FROM audit_log WHERE action = 'RESTORE'").getValues(0, String.class).stream().findFirst().orElse(null)));
    }
}
