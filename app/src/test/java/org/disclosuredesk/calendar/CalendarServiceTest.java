// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditRepository;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar service on a real migrated SQLite file. */
class CalendarServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate NATIONAL_DAY_AFTER = LocalDate.parse("2025-10-09");

    @TempDir
    Path dir;

    private Database database;
    private AuditTrail audit;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("t.db"));
        audit = new AuditTrail(new AuditRepository(database.dsl()), CLOCK, () -> "测试员");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CalendarService service(List<CalendarYear> shipped) {
        return new CalendarService(new CalendarRepository(database.dsl()), database, audit, CLOCK, shipped);
    }

    private CalendarService service() {
        return service(ShippedHolidays.years());
    }

    // [utest->req~calendar.shipped-data~1]
    @Test
    void the_shipped_years_are_loaded_into_the_database_on_first_use() {
        CalendarService calendar = service();
        assertTrue(calendar.current().covers(2025));
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), new ArrayList<>(calendar.storedYears()));
        assertEquals(ShippedHolidays.years().get(6), calendar.year(2025).orElseThrow());
        assertEquals(AuditEntry.Action.IMPORT, audit.history("calendar_year", 2025).get(0).action());
    }

    // [utest->req~calendar.shipped-data~1]
    @Test
    void a_year_the_office_edited_is_never_overwritten_by_the_shipped_data() {
        service().setDay(NATIONAL_DAY_AFTER, DayKind.HOLIDAY);

        CalendarService reopened = service();

        assertFalse(reopened.current().isWorkingDay(NATIONAL_DAY_AFTER));
    }

    @Test
    void listeners_are_told_when_the_first_use_adds_years() {
        CalendarService calendar = service();
        List<WorkCalendar> told = new ArrayList<>();
        calendar.addListener(updated -> {
            told.add(updated);
            return List.of();
        });
        calendar.current();
        assertEquals(1, told.size());
        assertTrue(told.get(0).covers(2026));
    }

    @Test
    void only_the_shipped_years_missing_from_the_database_are_added() {
        List<CalendarYear> shipped = ShippedHolidays.years();
        service(shipped.subList(0, 1)).replaceYear(2019, List.of(
                new CalendarDay(LocalDate.parse("2019-01-01"), DayKind.HOLIDAY, "元旦", "本机录入")), "本机录入的2019年通知");

        CalendarService later = service(shipped);

        assertEquals("本机录入的2019年通知", later.year(2019).orElseThrow().noticeTitle());
        assertEquals(1, later.year(2019).orElseThrow().days().size());
        assertTrue(later.current().covers(2026));
    }

    // [utest->req~calendar.change-recompute~1]
    @Test
    void saving_a_year_tells_every_listener_inside_the_transaction_and_returns_what_moved() {
        CalendarService calendar = service();
        calendar.current();
        List<Boolean> sawNewCalendar = new ArrayList<>();
        calendar.addListener(updated -> {
            sawNewCalendar.add(!updated.isWorkingDay(NATIONAL_DAY_AFTER) && !calendar.current().isWorkingDay(NATIONAL_DAY_AFTER));
            return List.of(new DueDateChange("依申请〔2025〕第12号", "张三", LocalDate.parse("2025-10-20"), LocalDate.parse("2025-10-21")));
        });
        calendar.addListener(updated -> List.of(new DueDateChange("依申请〔2025〕第13号", "李四", LocalDate.parse("2025-10-22"), LocalDate.parse("2025-10-23"))));
        List<CalendarDay> days = new ArrayList<>(calendar.year(2025).orElseThrow().days());
        days.add(new CalendarDay(NATIONAL_DAY_AFTER, DayKind.HOLIDAY, "国庆节、中秋节", "测试通知"));

        List<DueDateChange> moved = calendar.replaceYear(2025, days, "测试通知");

        assertEquals(List.of(true), sawNewCalendar);
        assertEquals(List.of("依申请〔2025〕第12号", "依申请〔2025〕第13号"),
                moved.stream().map(DueDateChange::reference).collect(Collectors.toList()));
        assertFalse(calendar.current().isWorkingDay(NATIONAL_DAY_AFTER));
        assertTrue(audit.history("calendar_year", 2025).get(0).summary().contains("2 件申请的答复期限随之改变"));
    }

    // [utest->req~calendar.change-recompute~1]
    @Test
    void when_a_listener_fails_nothing_is_saved() {
        CalendarService calendar = service();
        calendar.current();
        calendar.addListener(updated -> {
            throw new UserError("2025年已锁定");
        });

        assertThrows(UserError.class, () -> calendar.setDay(NATIONAL_DAY_AFTER, DayKind.HOLIDAY));

        assertTrue(calendar.current().isWorkingDay(NATIONAL_DAY_AFTER));
        assertTrue(service().current().isWorkingDay(NATIONAL_DAY_AFTER));
    }

    // [utest->req~calendar.edit-day~1]
    @Test
    void a_day_can_be_made_a_holiday_and_then_ordinary_again_and_each_change_is_audited() {
        CalendarService calendar = service();
        int before = calendar.current().workingDaysIn(2025).size();

        calendar.setDay(NATIONAL_DAY_AFTER, DayKind.HOLIDAY);
        assertEquals(before - 1, calendar.current().workingDaysIn(2025).size());
        calendar.setDay(NATIONAL_DAY_AFTER, null);
        assertEquals(before, calendar.current().workingDaysIn(2025).size());

        List<AuditEntry> history = audit.history("calendar_day", 2025);
        assertEquals("2025-10-09 改为平常日", history.get(0).summary());
        assertEquals("2025-10-09 改为放假", history.get(1).summary());
        assertEquals("2025-10-09 放假", history.get(1).newValue());
    }

    @Test
    void setting_a_day_to_what_it_already_is_changes_nothing() {
        CalendarService calendar = service();
        assertEquals(List.of(), calendar.setDay(LocalDate.parse("2025-10-01"), DayKind.HOLIDAY));
        assertEquals(List.of(), audit.history("calendar_day", 2025));
    }

    // [utest->req~calendar.edit-day~1]
    @Test
    void a_weekday_cannot_be_a_tiaoxiu_working_day() {
        UserError e = assertThrows(UserError.class, () -> service().setDay(NATIONAL_DAY_AFTER, DayKind.WORKDAY));
        assertEquals("2025-10-09是星期四，本来就上班：调休上班的只能是星期六或星期日。", e.getMessage());
    }

    // [utest->req~calendar.uncovered-year~1]
    @Test
    void a_day_of_a_year_without_its_notice_cannot_be_edited() {
        UserError e = assertThrows(UserError.class, () -> service().setDay(LocalDate.parse("2027-02-08"), DayKind.HOLIDAY));
        assertTrue(e.getMessage().startsWith("2027年日历未更新"));
    }

    @Test
    void a_bad_year_is_refused_with_every_problem_and_nothing_is_stored() {
        CalendarService calendar = service();
        ValidationError e = assertThrows(ValidationError.class, () -> calendar.replaceYear(2027, List.of(
                new CalendarDay(LocalDate.parse("2027-02-10"), DayKind.WORKDAY, "春节", "x"),
                new CalendarDay(LocalDate.parse("2027-02-10"), DayKind.HOLIDAY, "春节", "x")), " "));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertFalse(calendar.storedYears().contains(2027));
    }

    // [utest->req~calendar.notice-parse~1]
    @Test
    void a_pasted_notice_for_a_new_year_is_previewed_then_saved() throws Exception {
        CalendarService calendar = service();
        String notice = RealNoticesTest.resource("2026.txt").replace("2026年", "2027年").replace("〔2025〕7号", "〔2026〕9号")
                .replace("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。", "一、元旦：1月1日（周五）至3日（周日）放假，共3天。");
        CalendarPreview preview = calendar.preview(notice.lines().filter(l -> !l.contains("、春节") && !l.contains("清明") && !l.contains("劳动")
                && !l.contains("端午") && !l.contains("中秋") && !l.contains("国庆节：")).collect(Collectors.joining("\n")), 2025);

        assertEquals(2027, preview.year());
        assertEquals(List.of(), preview.problems());
        calendar.replaceYear(preview.year(), preview.days(), preview.noticeTitle());

        assertTrue(calendar.current().covers(2027));
        assertEquals("国务院办公厅关于2027年部分节假日安排的通知 国办发明电〔2026〕9号", calendar.year(2027).orElseThrow().noticeTitle());
        assertFalse(calendar.current().isWorkingDay(LocalDate.parse("2027-01-01")));
    }

    @Test
    void re_pasting_a_stored_year_says_it_will_be_replaced() throws Exception {
        CalendarPreview preview = service().preview(RealNoticesTest.resource("2024.txt"), 2025);
        assertTrue(preview.notes().stream().anyMatch(n -> n.reason().startsWith("保存后将替换已有的 2024 年日历")), preview.notes().toString());
    }

    @Test
    void the_next_years_new_year_block_reaches_into_the_stored_year_before_it() throws Exception {
        CalendarService calendar = service();
        CalendarPreview preview = calendar.preview(RealNoticesTest.resource("2023.txt"), 2025);
        assertTrue(preview.notes().stream().anyMatch(n -> n.reason().startsWith("2022-12-31 属于 2022 年，保存时一并写入")));
        calendar.setDay(LocalDate.parse("2022-12-31"), null);

        calendar.replaceYear(2023, preview.days(), preview.noticeTitle());
        assertEquals(DayKind.HOLIDAY, kindOn(calendar, "2022-12-31"));

        CalendarPreview notice2022 = calendar.preview(RealNoticesTest.resource("2022.txt"), 2025);
        calendar.replaceYear(2022, notice2022.days(), notice2022.noticeTitle());
        assertEquals(DayKind.HOLIDAY, kindOn(calendar, "2022-12-31"), "kept: it comes from the 2023 notice");
    }

    private static DayKind kindOn(CalendarService calendar, String date) {
        LocalDate day = LocalDate.parse(date);
        return calendar.year(day.getYear()).orElseThrow().days().stream().filter(d -> d.date().equals(day))
                .findFirst().map(CalendarDay::kind).orElse(null);
    }
}
