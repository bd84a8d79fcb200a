// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.db.jooq.Tables.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ResultRow;
import org.jooq.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four year conditions the request list and table 三 share, at the edges of the year. */
class RequestYearConditionsTest {

    @TempDir
    Path dir;

    private RequestFixture f;

    @BeforeEach
    void ledger() {
        f = new RequestFixture(dir, "2026-02-01");
        request("2024-12-31", "2025-01-01", "旧年收、新年办结");
        request("2024-12-30", "2024-12-31", "旧年收、旧年办结");
        request("2025-01-01", "2025-12-31", "新年第一天收、最后一天办结");
        request("2025-12-31", "2026-01-04", "最后一天收、下年办结");
        request("2025-06-01", null, "年中收、未办结");
        request("2023-05-05", null, "两年前收、未办结");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void each_request_falls_where_table_three_counts_it() {
        assertEquals(List.of("新年第一天收、最后一天办结", "最后一天收、下年办结", "年中收、未办结"), contents(RequestRepository.receivedInYear(2025)));
        assertEquals(List.of("旧年收、新年办结", "两年前收、未办结"), contents(RequestRepository.carriedIntoYear(2025)));
        assertEquals(List.of("旧年收、新年办结", "新年第一天收、最后一天办结"), contents(RequestRepository.decidedInYear(2025)));
        assertEquals(List.of("最后一天收、下年办结", "年中收、未办结", "两年前收、未办结"), contents(RequestRepository.carriedOutOfYear(2025)));
        assertEquals(List.of("旧年收、新年办结", "新年第一天收、最后一天办结", "最后一天收、下年办结", "年中收、未办结", "两年前收、未办结"),
                contents(RequestRepository.openDuringYear(2025)));
    }

    @Test
    void what_one_year_carries_out_the_next_carries_in() {
        assertEquals(contents(RequestRepository.carriedOutOfYear(2025)), contents(RequestRepository.carriedIntoYear(2026)));
        assertEquals(Set.of("最后一天收、下年办结", "年中收、未办结", "两年前收、未办结"),
                f.repository.carriedOutOf(2025).stream().map(r -> r.intake().content()).collect(Collectors.toSet()));
    }

    private void request(String received, String decided, String content) {
        Request r = f.register(received, "张三", content);
        if (decided != null) {
            f.repository.updateOutcome(r.id(), ResultRow.values()[0], LocalDate.parse(decided), null, "2026-02-01T10:00:00");
        }
    }

    private List<String> contents(Condition condition) {
        return f.context.database().dsl().select(REQUEST.CONTENT).from(REQUEST).where(condition).orderBy(REQUEST.ID)
                .fetch(REQUEST.CONTENT);
    }
}
