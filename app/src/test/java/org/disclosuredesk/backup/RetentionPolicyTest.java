// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionPolicyTest {

    static Stream<Arguments> standardPolicy() {
        return Stream.of(
                Arguments.of("no backups keep nothing", List.of(), List.of()),
                Arguments.of("one backup is kept", times("2026-01-31T17:30"), times("2026-01-31T17:30")),
                Arguments.of("several on one day keep the newest of that day",
                        times("2026-01-31T09:00", "2026-01-31T12:00", "2026-01-31T17:30"),
                        times("2026-01-31T17:30")),
                Arguments.of("a year of daily backups (ending Saturday 31 January) keeps 7 days, 4 ISO weeks and 12 months",
                        everyDay("2025-01-01", "2026-01-31", "17:30"),
                        times("2026-01-25T17:30", "2026-01-26T17:30", "2026-01-27T17:30", "2026-01-28T17:30",
                                "2026-01-29T17:30", "2026-01-30T17:30", "2026-01-31T17:30",
                                // weekly: Sundays closing ISO weeks 2026-W04 (also daily), W03, W02
                                "2026-01-18T17:30", "2026-01-11T17:30",
                                // monthly: last backup of each earlier month, February 2025 to December 2025
                                "2025-12-31T17:30", "2025-11-30T17:30", "2025-10-31T17:30", "2025-09-30T17:30",
                                "2025-08-31T17:30", "2025-07-31T17:30", "2025-06-30T17:30", "2025-05-31T17:30",
                                "2025-04-30T17:30", "2025-03-31T17:30", "2025-02-28T17:30")),
                Arguments.of("a week is Monday to Sunday across the new year (2025-12-29 is in ISO week 2026-W01)",
                        times("2025-12-20T10:00", "2025-12-27T10:00", "2025-12-28T10:00", "2025-12-29T10:00",
                                "2026-01-02T10:00", "2026-01-03T10:00", "2026-01-05T10:00", "2026-01-06T10:00",
                                "2026-01-07T10:00", "2026-01-08T10:00"),
                        // daily: the 7 newest days; weekly: W02 (01-08), W01 (01-03), 2025-W52 (12-28), W51 (12-20)
                        times("2025-12-20T10:00", "2025-12-28T10:00", "2025-12-29T10:00", "2026-01-02T10:00",
                                "2026-01-03T10:00", "2026-01-05T10:00", "2026-01-06T10:00", "2026-01-07T10:00",
                                "2026-01-08T10:00")),
                Arguments.of("an office that stopped using the app months ago still has its last 7 backup days",
                        times("2025-06-02T10:00", "2025-06-03T10:00", "2025-06-04T10:00", "2025-06-05T10:00",
                                "2025-06-06T10:00", "2025-06-09T10:00", "2025-06-10T10:00", "2025-06-11T10:00",
                                "2025-06-12T10:00", "2025-06-13T10:00"),
                        // daily: 06-05 … 06-13; weekly W24 (06-13), W23 (06-06) and monthly (06-13) add nothing
                        times("2025-06-05T10:00", "2025-06-06T10:00", "2025-06-09T10:00",
                                "2025-06-10T10:00", "2025-06-11T10:00", "2025-06-12T10:00", "2025-06-13T10:00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standardPolicy")
    void keeps_the_newest_backup_of_each_recent_day_week_and_month(String rule, List<LocalDateTime> backups,
            List<LocalDateTime> expected) {
        assertEquals(new TreeSet<>(expected), new TreeSet<>(RetentionPolicy.STANDARD.keep(backups)));
    }

    @Test
    void never_keeps_more_than_seven_plus_four_plus_twelve_files() {
        List<LocalDateTime> fiveYears = everyDay("2021-01-01", "2025-12-31", "08:00");
        Set<LocalDateTime> kept = RetentionPolicy.STANDARD.keep(fiveYears);
        assertEquals(true, kept.size() <= 23, kept.size() + " kept");
        assertEquals(true, kept.contains(LocalDateTime.parse("2025-12-31T08:00")), "the newest backup is always kept");
    }

    @Test
    void keeps_items_of_any_type_by_their_time() {
        record Named(String name, LocalDateTime at) {
        }
        List<Named> files = List.of(new Named("a", LocalDateTime.parse("2026-01-30T09:00")),
                new Named("b", LocalDateTime.parse("2026-01-30T18:00")));
        assertEquals(Set.of("b"), new RetentionPolicy(1, 0, 0).keep(files, Named::at).stream()
                .map(Named::name).collect(Collectors.toSet()));
    }

    @Test
    void refuses_a_policy_that_keeps_no_daily_backup() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(0, 4, 12));
    }

    private static List<LocalDateTime> times(String... isoTimes) {
        return Arrays.stream(isoTimes).map(LocalDateTime::parse).collect(Collectors.toList());
    }

    private static List<LocalDateTime> everyDay(String from, String to, String time) {
        List<LocalDateTime> all = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            all.add(LocalDateTime.parse(d + "T" + time));
        }
        return all;
    }
}
