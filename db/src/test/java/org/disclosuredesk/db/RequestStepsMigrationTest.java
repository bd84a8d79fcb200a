// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V9 rebuilds request_event for the new steps (第三十五条, 撤回): every row and every link survives. */
class RequestStepsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void the_rebuilt_timeline_keeps_every_step_and_accepts_the_new_ones() throws Exception {
        Path file = dir.resolve("v7.db");
        Flyway.configure().dataSource(Database.dataSource(file)).locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = Database.dataSource(file).getConnection(); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.executeUpdate("INSERT INTO request (id, reg_year, reg_seq, reg_number, applicant_kind, applicant_name, channel, submitted_on,"
                    + " received_on, content, result_code, decided_on, created_at, updated_at) VALUES (1, 2025, 1, '依申请〔2025〕第1号', '自然人',"
                    + " '张三', '当面', '2025-03-05', '2025-03-05', '某路段改造批复', '1', '2025-04-10', '2025-03-05T10:00:00', '2025-03-05T10:00:00')");
            s.executeUpdate("INSERT INTO request_event (id, request_id, kind, event_on, due_on, party, consultee, created_at) VALUES"
                    + " (10, 1, 'CONSULTATION_SENT', '2025-03-10', '2025-03-31', '某建设公司', '第三方', '2025-03-10T10:00:00')");
            s.executeUpdate("INSERT INTO request_event (id, request_id, kind, event_on, related_event_id, created_at) VALUES"
                    + " (11, 1, 'CONSULTATION_ANSWERED', '2025-03-18', 10, '2025-03-18T10:00:00')");
            s.executeUpdate("INSERT INTO request_event (id, request_id, kind, event_on, approver, extra_days, created_at) VALUES"
                    + " (12, 1, 'EXTENSION', '2025-03-28', '李主任', 10, '2025-03-28T10:00:00')");
        }

        try (Database db = Database.open(file)) {
            assertEquals(List.of(10, 11, 12), db.dsl().fetchValues("SELECT id FROM request_event ORDER BY id"));
            assertEquals(10, db.dsl().fetchValue("SELECT related_event_id FROM request_event WHERE id = 11"));
            assertEquals("THIRD_PARTY", db.dsl().fetchValue("SELECT consultee FROM request_event WHERE id = 10"), "a code since V13");
            assertEquals(List.of(), db.foreignKeyCheck());
            db.dsl().execute("INSERT INTO request_event (request_id, kind, event_on, due_on, note, created_at) VALUES"
                    + " (1, 'LONGER_PERIOD', '2025-03-20', '2025-06-30', '一次申请 300 件', '2025-03-20T10:00:00')");
            db.dsl().execute("INSERT INTO request_event (request_id, kind, event_on, note, created_at) VALUES"
                    + " (1, 'WITHDRAWN', '2025-04-10', '已自行获取', '2025-04-10T10:00:00')");
            assertThrows(Exception.class, () -> db.dsl().execute("INSERT INTO request_event (request_id, kind, event_on, due_on, created_at)"
                    + " VALUES (1, 'LONGER_PERIOD', '2025-03-21', '2025-07-30', '2025-03-21T10:00:00')"), "one 第三十五条 period");
            assertThrows(Exception.class, () -> db.dsl().execute("INSERT INTO request_event (request_id, kind, event_on, approver, created_at)"
                    + " VALUES (1, 'EXTENSION', '2025-03-29', '王主任', '2025-03-29T10:00:00')"), "still one extension");
            db.dsl().execute("DELETE FROM request_event WHERE id = 10");
            assertEquals(0, db.dsl().fetchValue("SELECT count(*) FROM request_event WHERE id = 11"), "the answer goes with its letter");
        }
    }
}
