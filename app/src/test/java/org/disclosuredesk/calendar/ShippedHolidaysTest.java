// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped year against its notice. The expected figures are counted by hand from the notices,
 * not taken from the code: weekdays of the year − holidays falling on a weekday + 调休 weekend days.
 */
// [utest->req~calendar.shipped-data~1]
// [utest->req~calendar.workday~1]
class ShippedHolidaysTest {

    private static final WorkCalendar SHIPPED = WorkCalendar.of(ShippedHolidays.years());

    static Stream<Arguments> notices() {
        return Stream.of(
                // 2019 starts on a Tuesday: 261 weekdays. Weekday holidays: 1-1, 2-4..8 (5), 4-5, 5-1..3 (3, 劳动节
                // as moved by 国办发明电〔2019〕3号), 6-7, 9-13, 10-1..4 and 10-7 (5) = 17. 261 − 17 + 6 = 250.
                arguments(2019, 250, List.of("2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12")),
                // 2020, leap year from a Wednesday: 262 weekdays. Weekday holidays: 1-1, 1-24, 1-27..31 (5; 1-31 by the
                // extension 国办发明电〔2020〕1号), 4-6, 5-1/4/5 (3), 6-25/26 (2), 10-1/2/5..8 (6) = 19.
                // 2-1 (Saturday) was a working day and became a holiday by the extension: 262 − 19 + 6 = 249.
                arguments(2020, 249, List.of("2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10")),
                // 2021 from a Friday: 261. Weekday holidays: 1-1, 2-11/12/15/16/17 (5), 4-5, 5-3..5 (3), 6-14,
                // 9-20/21 (2), 10-1/4..7 (5) = 18. 261 − 18 + 7 = 250.
                arguments(2021, 250, List.of("2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09")),
                // 2022 from a Saturday: 260. Weekday holidays: 1-3, 1-31..2-4 (5), 4-4/5 (2), 5-2..4 (3), 6-3, 9-12,
                // 10-3..7 (5) = 18. 260 − 18 + 7 = 249.
                arguments(2022, 249, List.of("2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09")),
                // 2023 from a Sunday: 260. Weekday holidays: 1-2, 1-23..27 (5), 4-5, 5-1..3 (3), 6-22/23 (2),
                // 9-29 and 10-2..6 (6) = 18. 260 − 18 + 7 = 249.
                arguments(2023, 249, List.of("2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08")),
                // 2024, leap year from a Monday: 262. Weekday holidays: 1-1, 2-12..16 (5), 4-4/5 (2), 5-1..3 (3), 6-10,
                // 9-16/17 (2), 10-1..4/7 (5) = 19. 262 − 19 + 8 = 251.
                arguments(2024, 251, List.of("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12")),
                // 2025 from a Wednesday: 261. 春节 and 劳动节 one statutory day longer from 2025. Weekday holidays:
                // 1-1, 1-28..31 and 2-3/4 (6), 4-4, 5-1/2/5 (3), 6-2, 10-1..3 and 10-6..8 (6) = 18. 261 − 18 + 5 = 248.
                arguments(2025, 248, List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")),
                // 2026 from a Thursday: 261. Weekday holidays: 1-1/2 (2), 2-16..20 and 2-23 (6), 4-6, 5-1/4/5 (3), 6-19,
                // 9-25, 10-1/2/5..7 (5) = 19. 261 − 19 + 6 = 248.
                arguments(2026, 248, List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));
    }

    @ParameterizedTest(name = "{0}: {1} working days")
    @MethodSource("notices")
    void each_year_has_the_working_days_and_the_tiaoxiu_weekend_days_of_its_notice(int year, int workingDays, List<String> tiaoxiu) {
        assertTrue(SHIPPED.covers(year));
        List<LocalDate> working = SHIPPED.workingDaysIn(year);
        assertEquals(workingDays, working.size());
        List<String> weekendWorking = working.stream().filter(ChineseDates::isWeekend).map(LocalDate::toString)
                .collect(Collectors.toList());
        assertEquals(tiaoxiu, weekendWorking);
    }

    @Test
    void the_shipped_years_are_2019_to_2026_and_no_other() {
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026),
                ShippedHolidays.years().stream().map(CalendarYear::year).collect(Collectors.toList()));
        assertFalse(SHIPPED.covers(2018));
        assertFalse(SHIPPED.covers(2027));
    }

    @Test
    void every_row_names_its_holiday_and_the_notice_it_was_typed_from() {
        for (CalendarYear year : ShippedHolidays.years()) {
            for (CalendarDay day : year.days()) {
                assertTrue(day.holidayName() != null && !day.holidayName().isBlank(), day.toString());
                assertTrue(day.sourceNotice().startsWith("国务院办公厅关于") && day.sourceNotice().contains("国办发明电〔"), day.toString());
                assertTrue(year.noticeTitle().contains(day.sourceNotice()) || day.date().getMonthValue() == 12, day.toString());
            }
        }
    }

    @Test
    void the_2020_spring_festival_runs_to_2_february_after_the_extension() {
        assertFalse(SHIPPED.isWorkingDay(LocalDate.parse("2020-01-31")));
        assertFalse(SHIPPED.isWorkingDay(LocalDate.parse("2020-02-01")));
        assertTrue(SHIPPED.isWorkingDay(LocalDate.parse("2020-02-03")));
    }
}
