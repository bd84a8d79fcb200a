// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jooq.DSLContext;

/**
 * Bulk inserts for the sample ledger (benchmark input and demo data): plain prepared statements in
 * batches on the transaction's connection, because a million register rows one jOOQ insert at a time
 * would take most of an hour.
 */
public final class ReportSampleLedgerRepository {

    /** Receives one row's values in the statement's column order. */
    public interface Rows {
        /** Fills row {@code i}; returns false when there are no more rows. */
        boolean fill(long i, Object[] values);
    }

    private final DSLContext dsl;

    public ReportSampleLedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean isEmpty() {
        return dsl.fetchCount(org.disclosuredesk.db.jooq.Tables.REQUEST) == 0
                && dsl.fetchCount(org.disclosuredesk.db.jooq.Tables.DOCUMENT) == 0;
    }

    public void insertRequests(long from, long to, Rows rows) {
        batch("INSERT INTO request (reg_year, reg_seq, reg_number, applicant_kind, applicant_name, channel, submitted_on,"
                + " received_on, content, result_code, decided_on, due_on, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", 14, from, to, rows);
    }

    public void insertDocuments(long from, long to, Rows rows) {
        batch("INSERT INTO document (index_number, doc_number, title, issuing_organ, written_on, published_on, channels,"
                + " doc_type, validity, validity_changed_on, interpretation_published_on, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", 13, from, to, rows);
    }

    public void insertReviews(long from, long to, Rows rows) {
        batch("INSERT INTO review_case (kind, case_number, filed_on, result, closed_on, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?)", 7, from, to, rows);
    }

    public void insertFeeEvents(long from, long to, Rows rows) {
        batch("INSERT INTO request_event (request_id, kind, event_on, amount_fen, created_at) VALUES (?,?,?,?,?)", 5, from, to, rows);
    }

    public void insertStatistics(int year, long licensing, long penalty, long coercion, long feeFen, String now) {
        dsl.execute("INSERT OR REPLACE INTO yearly_statistics (year, licensing_decisions, penalty_decisions, coercion_decisions,"
                + " admin_fee_fen, extra_json, source_note, updated_at) VALUES (?,?,?,?,?,'{}','示例数据',?)",
                year, licensing, penalty, coercion, feeFen, now);
    }

    public long insertPlan(int year, String title, String now) {
        return dsl.resultQuery("INSERT INTO plan (title, year, imported_at) VALUES (?,?,?) RETURNING id", title, year, now)
                .fetchOne(0, Long.class);
    }

    public void insertTask(long planId, int seq, String text, boolean done, String completedOn) {
        dsl.execute("INSERT INTO plan_task (plan_id, seq, path_json, text, status, completed_on) VALUES (?,?,'[]',?,?,?)",
                planId, seq, text, done ? "DONE" : "IN_PROGRESS", done ? completedOn : null);
    }

    private void batch(String sql, int columns, long from, long to, Rows rows) {
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Object[] values = new Object[columns];
                int pending = 0;
                for (long i = from; i < to; i++) {
                    if (!rows.fill(i, values)) {
                        continue;
                    }
                    for (int k = 0; k < columns; k++) {
                        ps.setObject(k + 1, values[k]);
                    }
                    ps.addBatch();
                    if (++pending == 5_000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Sample ledger insert failed", e);
            }
        });
    }
}
