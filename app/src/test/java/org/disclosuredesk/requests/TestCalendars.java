// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.calendar.WorkCalendar;

/**
 * The State Council's holiday notices for 2024 (国办发明电〔2023〕7号) and 2025 (国办发明电〔2024〕12号),
 * typed here so the request rules are tested against real holidays and 调休 working weekends.
 */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkCalendar china2024And2025() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        // 2024
        off(days, "2024-01-01", "2024-01-01");
        off(days, "2024-02-10", "2024-02-17");
        work(days, "2024-02-04", "2024-02-18");
        off(days, "2024-04-04", "2024-04-06");
        work(days, "2024-04-07");
        off(days, "2024-05-01", "2024-05-05");
        work(days, "2024-04-28", "2024-05-11");
        off(days, "2024-06-10", "2024-06-10");
        off(days, "2024-09-15", "2024-09-17");
        work(days, "2024-09-14");
        off(days, "2024-10-01", "2024-10-07");
        work(days, "2024-09-29", "2024-10-12");
        // 2025
        off(days, "2025-01-01", "2025-01-01");
        off(days, "2025-01-28", "2025-02-04");
        work(days, "2025-01-26", "2025-02-08");
        off(days, "2025-04-04", "2025-04-06");
        off(days, "2025-05-01", "2025-05-05");
        work(days, "2025-04-27");
        off(days, "2025-05-31", "2025-06-02");
        off(days, "2025-10-01", "2025-10-08");
        work(days, "2025-09-28", "2025-10-11");
        return new WorkCalendar(days, Set.of(2024, 2025));
    }

    private static void off(Map<LocalDate, DayKind> days, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.put(d, DayKind.HOLIDAY);
        }
    }

    private static void work(Map<LocalDate, DayKind> days, String... dates) {
        for (String d : dates) {
            days.put(LocalDate.parse(d), DayKind.WORKDAY);
        }
    }
}
