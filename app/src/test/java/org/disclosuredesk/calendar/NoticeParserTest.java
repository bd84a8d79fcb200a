// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The notice parser on single lines: what it reads, and what it refuses to guess. */
// [utest->req~calendar.notice-parse~1]
class NoticeParserTest {

    private final NoticeParser parser = new NoticeParser();

    /** Days as "H 2024-02-10..2024-02-17, W 2024-02-04": H a day off, W a 调休 working day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、元旦：1月1日放假，与周末连休。 | 2024 | H 2024-01-01
            三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。 | 2024 | H 2024-04-04..2024-04-06, W 2024-04-07
            二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。 | 2024 | H 2024-02-10..2024-02-17, W 2024-02-04, W 2024-02-18
            二、春节:2月10日至17日放假调休,共8天。2月4日(星期日)、2月18日(星期日)上班。 | 2024 | H 2024-02-10..2024-02-17, W 2024-02-04, W 2024-02-18
            二、春节：２月１０日至１７日放假调休，共８天。２月４日（星期日）上班。 | 2024 | H 2024-02-10..2024-02-17, W 2024-02-04
            '  二、春节： 2月10日 至 17日 放假调休， 共8天。 ' | 2024 | H 2024-02-10..2024-02-17
            二、春节：2月10日-17日放假调休，共8天。 | 2024 | H 2024-02-10..2024-02-17
            六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。 | 2023 | H 2023-09-29..2023-10-06, W 2023-10-07, W 2023-10-08
            四、劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。 | 2022 | H 2022-04-30..2022-05-04, W 2022-04-24, W 2022-05-07
            一、元旦：12月31日至1月2日放假调休，共3天。 | 2023 | H 2022-12-31..2023-01-02
            一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。 | 2023 | H 2022-12-31..2023-01-02
            一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。 | 2019 | H 2018-12-30..2019-01-01, W 2018-12-29
            一、元旦：2021年1月1日至3日放假，共3天。 | 2021 | H 2021-01-01..2021-01-03
            一、元旦：1月1日（周三）放假1天，不调休。 | 2025 | H 2025-01-01
            二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。 | 2025 | H 2025-01-28..2025-02-04, W 2025-01-26, W 2025-02-08
            二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。 | 2026 | H 2026-02-15..2026-02-23
            三、清明节：4月5日放假，4月7日（星期一）补休。 | 2014 | H 2014-04-05, H 2014-04-07
            四、劳动节：5月1日放假。 | 2019 | H 2019-05-01
            春节：2月10日至17日放假调休，共8天。 | 2024 | H 2024-02-10..2024-02-17
            （二）春节：2月10日至17日放假调休，共8天。 | 2024 | H 2024-02-10..2024-02-17
            二、春节：2月10日至17日放假调休，共8天。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。 | 2024 | H 2024-02-10..2024-02-17
            """)
    void reads_the_days_a_line_announces(String line, int year, String expected) {
        ParsedNotice notice = single(line, year);
        assertEquals(List.of(), notice.problems());
        assertEquals(expand(expected), render(notice.days()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            二、春节：2月10日至17日放假调休，共8天。2月4日（星期六）上班。 | 2024 | 2月4日是星期日，不是星期六。
            二、春节：2月10日（星期五）至17日放假调休，共8天。 | 2024 | 2月10日是星期六，不是星期五。
            二、春节：2月10日至17日放假调休，共8天。2月7日上班。 | 2024 | 2月7日是星期三，本来就上班
            二、春节：2月30日放假。 | 2024 | 2024年2月30日不存在。
            二、春节：2月29日放假。 | 2025 | 2025年2月29日不存在。
            二、春节：2月10日至17日放假调休，共7天。 | 2024 | 写的是共7天，但2月10日至2月17日是8天。
            二、春节：10日至17日放假调休，共8天。 | 2024 | “10日”没有写月份。
            二、春节：2月10日至17日休息。 | 2024 | 无法识别“2月10日至17日休息”
            二、春节：除夕至正月初七放假。 | 2024 | 没有写明日期
            二、春节：自2月10日至17日放假。 | 2024 | 无法识别日期写法
            二、春节：2月10日、至17日放假。 | 2024 | 无法识别日期之间的“、至”。
            二、春节：2月10日至17日放假调休，共8天，另2月20日酌情安排。 | 2024 | 无法识别“另2月20日酌情安排”。
            二、春节：1月10日至3月17日放假。 | 2024 | 长达68天，不像一次放假安排
            二、春节：2025年2月10日放假。 | 2024 | 2025年2月10日不在2024年通知的范围内。
            一、元旦：2024年1月2日至2023年12月31日放假。 | 2024 | 2023年12月31日早于1月2日。
            八、植树节：3月12日放假。 | 2024 | “植树节”不是《全国年节及纪念日放假办法》规定全体公民放假的节日。
            """)
    void shows_a_bad_line_with_its_reason_and_the_notice_cannot_be_saved(String line, int year, String reason) {
        ParsedNotice notice = single(line, year);
        assertEquals(1, notice.problems().size(), notice.problems().toString());
        NoticeRemark problem = notice.problems().get(0);
        assertTrue(problem.reason().contains(reason), problem.reason());
        assertEquals(line.strip(), problem.lineText());
        assertFalse(YearRevision.apply(Optional.empty(), List.of(notice)).canSave());
    }

    @Test
    void a_day_named_twice_is_a_problem_on_the_second_line() {
        ParsedNotice notice = single("二、春节：2月10日至17日放假调休，共8天。\n三、其他：\n四、劳动节：2月17日（星期六）上班。", 2024);
        assertEquals(List.of("2月17日在第 1 行是放假，这里又是上班。"), reasons(notice.problems()));
        assertEquals(3, notice.problems().get(0).lineNumber());
    }

    @Test
    void the_title_gives_the_year_and_the_document_number_joins_it() {
        ParsedNotice notice = single("国务院办公厅关于2024年\n部分节假日安排的通知\n国办发明电〔2023〕7号\n一、元旦：1月1日放假，与周末连休。", 2030);
        assertEquals(2024, notice.year());
        assertEquals("国务院办公厅关于2024年部分节假日安排的通知 国办发明电〔2023〕7号", notice.title());
        assertEquals(expand("H 2024-01-01"), render(notice.days()));
    }

    @Test
    void a_title_inside_a_news_line_is_found() {
        ParsedNotice notice = single("新华社北京11月4日电 国务院办公厅关于2026年部分节假日安排的通知，全文如下：\n"
                + "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。", 2030);
        assertEquals(2026, notice.year());
        assertEquals(expand("H 2026-01-01..2026-01-03, W 2026-01-04"), render(notice.days()));
    }

    @Test
    void without_a_title_the_selected_year_is_used_and_that_is_said() {
        ParsedNotice notice = single("二、春节：2月10日至17日放假调休，共8天。", 2024);
        assertFalse(notice.titleFound());
        assertTrue(notice.notes().get(0).reason().contains("没有找到通知标题"));
        assertTrue(notice.notes().stream().anyMatch(n -> n.reason().contains("没有找到元旦、清明节、劳动节、端午节、中秋节、国庆节的安排")),
                notice.notes().toString());
    }

    @Test
    void a_dated_sentence_outside_the_numbered_lines_is_a_note_not_a_holiday() {
        ParsedNotice notice = single("自2025年1月1日起，全体公民放假的假日增加2天。\n一、元旦：1月1日（周三）放假1天，不调休。", 2025);
        assertEquals(List.of(), notice.problems());
        assertEquals(expand("H 2025-01-01"), render(notice.days()));
        assertTrue(notice.notes().stream().anyMatch(n -> n.lineNumber() == 1 && n.reason().contains("不是编号的放假安排")));
    }

    @Test
    void the_eve_the_2024_notice_only_encourages_as_a_day_off_stays_a_working_day() {
        ParsedNotice notice = single("二、春节：2月10日至17日放假调休，共8天。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。", 2024);
        assertFalse(notice.days().stream().anyMatch(d -> d.date().equals(LocalDate.parse("2024-02-09"))));
        assertTrue(notice.notes().stream().anyMatch(n -> n.reason().contains("倡议")));
    }

    @Test
    void nothing_to_read_is_a_problem() {
        ParsedNotice notice = single("各地区、各部门要妥善安排好值班。", 2024);
        assertEquals(List.of("没有找到放假安排：通知中应有“一、元旦：1月1日放假……”这样的编号行。"), reasons(notice.problems()));
    }

    @Test
    void an_amendment_line_without_a_holiday_takes_the_one_its_title_names() {
        ParsedNotice notice = single("国务院办公厅关于调整2019年劳动节假期安排的通知\n一、2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。", 2030);
        assertTrue(notice.amendment());
        assertTrue(notice.days().stream().allMatch(d -> "劳动节".equals(d.holidayName())));
    }

    @Test
    void an_extension_is_read_with_the_day_it_extends_to() {
        ParsedNotice notice = single("国务院办公厅关于延长2020年春节假期的通知\n一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。", 2030);
        assertEquals(List.of(), notice.problems());
        assertEquals(1, notice.extensions().size());
        assertEquals("春节", notice.extensions().get(0).holidayName());
        assertEquals(LocalDate.parse("2020-02-02"), notice.extensions().get(0).until());
    }

    @Test
    void two_notices_pasted_together_are_read_one_after_the_other() {
        List<ParsedNotice> notices = parser.parse("国务院办公厅关于2020年部分节假日安排的通知\n二、春节：1月24日至30日放假调休，共7天。"
                + "1月19日（星期日）、2月1日（星期六）上班。\n国务院办公厅关于延长2020年春节假期的通知\n"
                + "一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。", 2030);
        assertEquals(2, notices.size());
        assertFalse(notices.get(0).amendment());
        assertTrue(notices.get(1).amendment());
    }

    private ParsedNotice single(String text, int year) {
        List<ParsedNotice> notices = parser.parse(text, year);
        assertEquals(1, notices.size());
        return notices.get(0);
    }

    static List<String> reasons(List<NoticeRemark> remarks) {
        return remarks.stream().map(NoticeRemark::reason).collect(Collectors.toList());
    }

    static List<String> render(List<CalendarDay> days) {
        return days.stream().sorted((a, b) -> a.date().compareTo(b.date()))
                .map(d -> (d.kind() == DayKind.HOLIDAY ? "H " : "W ") + d.date()).collect(Collectors.toList());
    }

    /** "H 2024-02-10..2024-02-12, W 2024-02-04" → one "H 2024-02-10" entry per day, sorted by date. */
    static List<String> expand(String spec) {
        List<String> days = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] kindAndDates = part.strip().split(" ");
            String[] range = kindAndDates[1].split("\\.\\.");
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range.length == 1 ? from : LocalDate.parse(range[1]);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(kindAndDates[0] + " " + d);
            }
        }
        days.sort((a, b) -> a.substring(2).compareTo(b.substring(2)));
        return days;
    }
}
