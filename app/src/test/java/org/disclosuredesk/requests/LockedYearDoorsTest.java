// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 4: a request dated in an earlier year must not move a locked year's figures. */
class LockedYearDoorsTest {

    @TempDir
    Path dir;

    private RequestFixture f;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2026-03-02");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void lock(int year) {
        f.context.database().inTransaction(() -> {
            f.context.yearLocks().lock(year);
            return null;
        });
    }

    private int stored() {
        return f.context.database().tableCounts().get("request");
    }

    @Test
    void importing_a_december_request_decided_in_a_locked_january_is_refused() {
        lock(2025);
        ImportedRequest row = new ImportedRequest(2, aRequest().receivedOn("2024-12-20").intake(), ResultRow.DISCLOSED,
                LocalDate.parse("2025-01-10"));

        UserError e = assertThrows(UserError.class, () -> f.service.importRequests(List.of(row)));

        assertTrue(e.getMessage().contains("第 2 行") && e.getMessage().contains("2025"), e.getMessage());
        assertEquals(0, stored());
    }

    @Test
    void registering_a_request_still_open_across_a_locked_year_is_refused() {
        lock(2025);
        UserError e = assertThrows(UserError.class, () -> f.service.register(aRequest().receivedOn("2024-12-20").intake()));
        assertTrue(e.getMessage().contains("2025"), e.getMessage());
        assertEquals(0, stored());
    }

    @Test
    void a_backdated_decision_that_takes_a_request_out_of_a_locked_year_s_carry_over_is_refused() {
        Request open = f.service.register(aRequest().receivedOn("2024-12-20").intake());
        lock(2025);

        assertThrows(UserError.class, () -> f.service.addEvent(open.id(),
                RequestEvent.decision(LocalDate.parse("2024-12-30"), ResultRow.DISCLOSED)));

        assertNull(f.repository.find(open.id()).orElseThrow().decidedOn());
    }

    @Test
    void a_decision_after_the_locked_year_changes_nothing_in_it_and_is_recorded() {
        Request open = f.service.register(aRequest().receivedOn("2024-12-20").intake());
        lock(2025);

        f.service.addEvent(open.id(), RequestEvent.decision(LocalDate.parse("2026-01-12"), ResultRow.DISCLOSED));

        assertEquals(LocalDate.parse("2026-01-12"), f.repository.find(open.id()).orElseThrow().decidedOn());
    }

    @Test
    void a_request_received_and_decided_within_an_open_earlier_year_still_imports() {
        lock(2025);
        ImportedRequest row = new ImportedRequest(2, aRequest().receivedOn("2024-11-04").intake(), ResultRow.DISCLOSED,
                LocalDate.parse("2024-11-20"));
        f.service.importRequests(List.of(row));
        assertEquals(1, stored());
    }
}
