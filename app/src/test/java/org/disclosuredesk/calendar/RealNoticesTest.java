// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real notice of 2019–2026, typed as published (test resources {@code calendar/notices/}), parses
 * to exactly the shipped data: the full notice first, then its amendment where the year had one.
 */
// [utest->req~calendar.notice-parse~1]
// [utest->req~calendar.notice-amendment~1]
class RealNoticesTest {

    private static final Map<Integer, CalendarYear> SHIPPED = ShippedHolidays.years().stream()
            .collect(Collectors.toMap(CalendarYear::year, Function.identity()));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2019, 2019-1.txt 2019-2.txt",
        "2020, 2020-1.txt 2020-2.txt",
        "2021, 2021.txt",
        "2022, 2022.txt",
        "2023, 2023.txt",
        "2024, 2024.txt",
        "2025, 2025.txt",
        "2026, 2026.txt"
    })
    void the_published_notices_parse_to_the_shipped_year(int year, String files) throws IOException {
        NoticeParser parser = new NoticeParser();
        List<ParsedNotice> notices = new ArrayList<>();
        for (String file : files.split(" ")) {
            notices.addAll(parser.parse(resource(file), 2000));
        }
        CalendarPreview preview = YearRevision.apply(Optional.empty(), notices);

        assertEquals(List.of(), preview.problems());
        assertTrue(preview.canSave());
        assertEquals(year, preview.year());
        assertEquals(SHIPPED.get(year).noticeTitle(), preview.noticeTitle());
        Set<String> titles = Set.of(preview.noticeTitle().split("；"));
        List<CalendarDay> expected = SHIPPED.values().stream()
                .flatMap(y -> y.days().stream())
                .filter(d -> titles.contains(d.sourceNotice()))
                .collect(Collectors.toList());
        List<CalendarDay> parsed = preview.days().stream().filter(d -> SHIPPED.containsKey(d.year())).collect(Collectors.toList());
        assertEquals(expected, parsed);
    }

    @Test
    void the_2019_notice_also_names_the_last_days_of_2018() throws IOException {
        ParsedNotice notice = new NoticeParser().parse(resource("2019-1.txt"), 2000).get(0);
        assertEquals(NoticeParserTest.expand("W 2018-12-29, H 2018-12-30..2018-12-31"),
                NoticeParserTest.render(notice.days().stream().filter(d -> d.year() == 2018).collect(Collectors.toList())));
    }

    @Test
    void the_2020_extension_turns_the_first_of_february_from_a_working_saturday_into_a_holiday() throws IOException {
        NoticeParser parser = new NoticeParser();
        List<ParsedNotice> original = parser.parse(resource("2020-1.txt"), 2000);
        CalendarPreview before = YearRevision.apply(Optional.empty(), original);
        List<ParsedNotice> both = new ArrayList<>(original);
        both.addAll(parser.parse(resource("2020-2.txt"), 2000));
        CalendarPreview after = YearRevision.apply(Optional.empty(), both);

        // The original notice: 262 weekdays − 18 weekday holidays + 7 调休 = 251 working days.
        assertEquals(251, calendar(before).workingDaysIn(2020).size());
        assertEquals(249, calendar(after).workingDaysIn(2020).size());
        assertEquals(DayKind.WORKDAY, kindOn(before, "2020-02-01"));
        assertEquals(DayKind.HOLIDAY, kindOn(after, "2020-02-01"));
    }

    @Test
    void an_amendment_applies_to_the_stored_year() throws IOException {
        List<ParsedNotice> amendment = new NoticeParser().parse(resource("2019-2.txt"), 2000);
        CalendarYear original = new CalendarYear(2019, "国务院办公厅关于2019年部分节假日安排的通知 国办发明电〔2018〕15号",
                SHIPPED.get(2019).days().stream().filter(d -> !"劳动节".equals(d.holidayName())).collect(Collectors.toList()));
        List<CalendarDay> withOneDayMayDay = new ArrayList<>(original.days());
        withOneDayMayDay.add(new CalendarDay(LocalDate.parse("2019-05-01"), DayKind.HOLIDAY, "劳动节", original.noticeTitle()));

        CalendarPreview preview = YearRevision.apply(
                Optional.of(new CalendarYear(2019, original.noticeTitle(), withOneDayMayDay)), amendment);

        assertEquals(List.of(), preview.problems());
        assertEquals(SHIPPED.get(2019).days(), preview.days());
        assertEquals(SHIPPED.get(2019).noticeTitle(), preview.noticeTitle());
    }

    @Test
    void pasting_again_an_amendment_the_year_already_follows_changes_nothing() throws IOException {
        CalendarPreview preview = YearRevision.apply(Optional.of(SHIPPED.get(2020)), new NoticeParser().parse(resource("2020-2.txt"), 2000));
        assertEquals(List.of(), preview.problems());
        assertEquals(SHIPPED.get(2020).days(), preview.days());
        assertEquals(SHIPPED.get(2020).noticeTitle(), preview.noticeTitle());
    }

    @Test
    void an_amendment_without_its_year_cannot_be_saved() throws IOException {
        CalendarPreview preview = YearRevision.apply(Optional.empty(), new NoticeParser().parse(resource("2020-2.txt"), 2000));
        assertTrue(preview.problems().get(0).reason().contains("还没有 2020 年的日历可供调整"), preview.problems().toString());
        assertFalse(preview.canSave());
    }

    @Test
    void notices_of_two_years_pasted_together_cannot_be_saved() throws IOException {
        NoticeParser parser = new NoticeParser();
        List<ParsedNotice> notices = new ArrayList<>(parser.parse(resource("2024.txt"), 2000));
        notices.addAll(parser.parse(resource("2025.txt"), 2000));
        CalendarPreview preview = YearRevision.apply(Optional.empty(), notices);
        assertTrue(preview.problems().get(0).reason().contains("不同年份（2024、2025）"));
    }

    private static WorkCalendar calendar(CalendarPreview preview) {
        return WorkCalendar.of(List.of(new CalendarYear(preview.year(), preview.noticeTitle(), preview.daysIn(preview.year()))));
    }

    private static DayKind kindOn(CalendarPreview preview, String date) {
        return preview.days().stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow().kind();
    }

    static String resource(String file) throws IOException {
        try (InputStream in = RealNoticesTest.class.getResourceAsStream("/calendar/notices/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
