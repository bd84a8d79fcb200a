// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestDemoDataTest {

    @TempDir
    Path dir;

    @Test
    void a_past_year_covers_every_result_row_and_applicant_kind_with_late_and_carried_over_requests_all_answered_by_now() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            RequestDemoData demo = new RequestDemoData(f.service, f.reviewCases, () -> f.calendar);
            demo.fill(2024);
            demo.fill(2025);
            demo.fill(2025); // a second run adds nothing

            List<RequestView> year = f.service.list(RequestFilter.year(2024));
            assertTrue(year.size() >= 35, "a few dozen: " + year.size());
            Set<ResultRow> rows = year.stream().map(v -> v.request().result()).filter(r -> r != null)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResultRow.class)));
            assertEquals(EnumSet.allOf(ResultRow.class), rows);
            assertEquals(EnumSet.allOf(ApplicantKind.class), year.stream().map(v -> v.request().applicant().kind())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicantKind.class))));
            Set<RequestStatus> statuses = year.stream().map(RequestView::status).collect(Collectors.toSet());
            assertTrue(statuses.containsAll(Set.of(RequestStatus.CLOSED, RequestStatus.CLOSED_LATE)), statuses.toString());
            assertTrue(year.stream().allMatch(v -> v.request().isDecided()), "a past year's requests are all answered by now");
            assertTrue(f.service.carriedOverOutOf(2024).size() >= 4, "carried over at year end");
            assertTrue(year.stream().anyMatch(v -> v.request().first(EventKind.EXTENSION).isPresent()));
            assertTrue(year.stream().anyMatch(v -> v.request().first(EventKind.FEE_PAID).isPresent()));
            assertTrue(year.stream().anyMatch(v -> v.request().first(EventKind.CORRECTION_RECEIVED).isPresent()));
            assertTrue(f.reviewCases.activeIn(2024).stream().anyMatch(ReviewCase::isPending), "a case still pending at year end");
            assertTrue(f.reviewCases.activeIn(2024).stream().anyMatch(c -> c.result() == ReviewResult.UPHELD));

            List<RequestView> current = f.service.list(RequestFilter.year(2025));
            assertTrue(current.size() >= 30, "the current year so far: " + current.size());
            Set<RequestStatus> now = current.stream().map(RequestView::status).collect(Collectors.toSet());
            assertTrue(now.containsAll(Set.of(RequestStatus.DUE_SOON, RequestStatus.IN_PROGRESS, RequestStatus.CLOSED)), now.toString());
            assertTrue(current.stream().anyMatch(v -> !v.request().isDecided()), "the current year has open requests");
            assertTrue(current.stream().allMatch(v -> !v.request().receivedOn().isAfter(f.service.today())));
        }
    }
}
