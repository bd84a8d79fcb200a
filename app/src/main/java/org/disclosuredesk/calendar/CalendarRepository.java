// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import static org.disclosuredesk.db.jooq.Tables.CALENDAR_DAY;
import static org.disclosuredesk.db.jooq.Tables.CALENDAR_YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.disclosuredesk.db.jooq.tables.records.CalendarDayRecord;
import org.jooq.DSLContext;

/** The calendar tables: one row per year with a notice, one row per exception day. */
public final class CalendarRepository {

    private final DSLContext dsl;

    public CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Set<Integer> years() {
        return new TreeSet<>(dsl.select(CALENDAR_YEAR.YEAR).from(CALENDAR_YEAR).fetch(CALENDAR_YEAR.YEAR));
    }

    public Optional<CalendarYear> find(int year) {
        return dsl.select(CALENDAR_YEAR.NOTICE_TITLE).from(CALENDAR_YEAR).where(CALENDAR_YEAR.YEAR.eq(year))
                .fetchOptional(CALENDAR_YEAR.NOTICE_TITLE)
                .map(title -> new CalendarYear(year, title, dsl.selectFrom(CALENDAR_DAY)
                        .where(CALENDAR_DAY.YEAR.eq(year)).orderBy(CALENDAR_DAY.DAY).fetch(CalendarRepository::toDay)));
    }

    public List<CalendarYear> all() {
        Map<Integer, String> titles = new LinkedHashMap<>();
        dsl.selectFrom(CALENDAR_YEAR).orderBy(CALENDAR_YEAR.YEAR).forEach(r -> titles.put(r.getYear(), r.getNoticeTitle()));
        Map<Integer, List<CalendarDay>> days = new LinkedHashMap<>();
        dsl.selectFrom(CALENDAR_DAY).orderBy(CALENDAR_DAY.DAY)
                .forEach(r -> days.computeIfAbsent(r.getYear(), y -> new ArrayList<>()).add(toDay(r)));
        List<CalendarYear> result = new ArrayList<>();
        titles.forEach((year, title) -> result.add(new CalendarYear(year, title, days.getOrDefault(year, List.of()))));
        return result;
    }

    public Optional<CalendarDay> day(LocalDate date) {
        return dsl.selectFrom(CALENDAR_DAY).where(CALENDAR_DAY.DAY.eq(date.toString())).fetchOptional(CalendarRepository::toDay);
    }

    /** Stores the year with exactly {@code year.days()}, replacing whatever was stored for it. */
    public void replace(CalendarYear year, String loadedAt) {
        dsl.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.YEAR.eq(year.year())).execute();
        dsl.insertInto(CALENDAR_YEAR)
                .set(CALENDAR_YEAR.YEAR, year.year())
                .set(CALENDAR_YEAR.NOTICE_TITLE, year.noticeTitle())
                .set(CALENDAR_YEAR.LOADED_AT, loadedAt)
                .onConflict(CALENDAR_YEAR.YEAR).doUpdate()
                .set(CALENDAR_YEAR.NOTICE_TITLE, year.noticeTitle())
                .set(CALENDAR_YEAR.LOADED_AT, loadedAt)
                .execute();
        insert(year.days());
    }

    /** Adds or changes one day of a year that is already stored. */
    public void put(CalendarDay day) {
        dsl.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.DAY.eq(day.date().toString())).execute();
        insert(List.of(day));
    }

    public void remove(LocalDate date) {
        dsl.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.DAY.eq(date.toString())).execute();
    }

    private void insert(Collection<CalendarDay> days) {
        if (days.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(CALENDAR_DAY, CALENDAR_DAY.DAY, CALENDAR_DAY.YEAR, CALENDAR_DAY.KIND,
                CALENDAR_DAY.HOLIDAY_NAME, CALENDAR_DAY.SOURCE_NOTICE);
        for (CalendarDay d : days) {
            insert = insert.values(d.date().toString(), d.year(), d.kind().name(), d.holidayName(), d.sourceNotice());
        }
        insert.execute();
    }

    private static CalendarDay toDay(CalendarDayRecord r) {
        return new CalendarDay(LocalDate.parse(r.getDay()), DayKind.valueOf(r.getKind()), r.getHolidayName(), r.getSourceNotice());
    }
}
