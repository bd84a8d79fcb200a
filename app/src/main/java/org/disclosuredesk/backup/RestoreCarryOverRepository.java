// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What a restore must not take back (issue 14, item 5): the year locks, the final-export records with
 * their file hashes, the report rows of the finally exported years and the audit lines of locks, unlocks
 * and exports. Written into the restore's working copy from the live file (attached, only read), so
 * {@code restore from} puts them back in the same single write as the restored data.
 */
final class RestoreCarryOverRepository {

    private static final String AUDIT_COLUMNS = "at, actor, entity, entity_id, action, field, old_value, new_value, summary";

    /** Statements run on the working copy with the live file attached as {@code live}, in one transaction. */
    private static final List<String> CARRY_OVER = List.of(
            "DELETE FROM main.year_lock",
            "INSERT INTO main.year_lock SELECT * FROM live.year_lock",
            "DELETE FROM main.final_export",
            "INSERT INTO main.final_export SELECT * FROM live.final_export",
            "INSERT OR REPLACE INTO main.report_draft SELECT * FROM live.report_draft "
                    + "WHERE year IN (SELECT year FROM live.final_export)",
            "INSERT INTO main.audit_log (" + AUDIT_COLUMNS + ") SELECT " + AUDIT_COLUMNS + " FROM live.audit_log l "
                    + "WHERE l.action IN ('LOCK', 'UNLOCK', 'EXPORT') AND NOT EXISTS (SELECT 1 FROM main.audit_log m "
                    + "WHERE m.at = l.at AND m.action = l.action AND m.entity = l.entity AND m.entity_id IS l.entity_id "
                    + "AND m.summary IS l.summary) ORDER BY l.id");

    private final DSLContext workingCopy;

    RestoreCarryOverRepository(DSLContext workingCopy) {
        this.workingCopy = workingCopy;
    }

    void carryOver(Path liveFile) {
        workingCopy.connection(c -> {
            attach(c, liveFile);
            try {
                inOneTransaction(c);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DETACH DATABASE live");
                }
            }
        });
    }

    private static void attach(Connection c, Path liveFile) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Only read from here: the live file's own connections keep writing through WAL meanwhile.
            s.execute("ATTACH DATABASE '" + liveFile.toAbsolutePath().toString().replace("'", "''") + "' AS live");
        }
    }

    private static void inOneTransaction(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : CARRY_OVER) {
                s.executeUpdate(sql);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
