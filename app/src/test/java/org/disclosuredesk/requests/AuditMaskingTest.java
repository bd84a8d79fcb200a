// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.AuditEntry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Issue 14, item 8: the append-only audit trail never holds an ID number or a phone number in clear. */
class AuditMaskingTest {

    private static final String OLD_ID = "11010519491231002X";
    private static final String NEW_ID = "440304199001011233";

    @TempDir
    Path dir;

    private RequestFixture f;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2025-06-30");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void editing_the_id_number_and_phone_writes_them_masked_into_the_audit_trail() {
        Request r = f.service.register(aRequest().withId(IdType.RESIDENT_ID, OLD_ID).phone("13800001234").intake());

        f.service.updateIntake(r.id(), aRequest().withId(IdType.RESIDENT_ID, NEW_ID).phone("13955556789").intake());

        List<AuditEntry> lines = f.context.audit().history(RequestService.ENTITY, r.id()).stream()
                .filter(a -> "id_number".equals(a.field()) || "phone".equals(a.field())).collect(Collectors.toList());
        assertEquals(2, lines.size(), "both changes are still recorded");
        String all = lines.stream().map(a -> a.oldValue() + " " + a.newValue()).collect(Collectors.joining(" "));
        for (String clear : List.of(OLD_ID, NEW_ID, "13800001234", "13955556789")) {
            assertFalse(all.contains(clear), "in clear: " + clear + " in " + all);
        }
        assertTrue(all.contains("110105********002X") && all.contains("440304********1233"), all);
        assertTrue(all.contains("138****1234") && all.contains("139****6789"), all);
        assertEquals(NEW_ID, f.repository.find(r.id()).orElseThrow().applicant().idNumber(), "the request keeps the full number");
    }

    @Test
    void lines_written_in_clear_before_the_upgrade_are_masked_by_it() {
        Path file = dir.resolve("old.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("10").load().migrate();
        org.jooq.impl.DSL.using(source, org.jooq.SQLDialect.SQLITE).execute("INSERT INTO audit_log (at, actor, entity, entity_id, "
                + "action, field, old_value, new_value) VALUES ('2025-01-01T00:00:00', 'x', 'request', 1, 'UPDATE', 'id_number', ?, ?)",
                OLD_ID, NEW_ID);

        try (Database db = Database.open(file)) {
            List<String> values = db.dsl().fetch("SELECT old_value || ' ' || new_value FROM audit_log").getValues(0, String.class);
            assertEquals(List.of("110105********002X 440304********1233"), values);
        }
    }
}
