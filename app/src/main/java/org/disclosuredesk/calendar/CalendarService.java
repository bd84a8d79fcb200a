// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;

/**
 * The working-day calendar in force: the shipped years loaded into the database on first use, the
 * years the office saved from pasted notices, and single days it edited. Every change is saved in one
 * transaction with its audit line and with what every {@link CalendarChangeListener} recomputes, and
 * returns the due dates that moved.
 */
public final class CalendarService implements CalendarSource {

    private static final String ENTITY_YEAR = "calendar_year";
    private static final String ENTITY_DAY = "calendar_day";

    private final CalendarRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<CalendarYear> shipped;
    private final NoticeParser parser = new NoticeParser();
    private final List<CalendarChangeListener> listeners = new CopyOnWriteArrayList<>();
    /** The calendar being saved, for a listener that asks {@link #current()} inside the transaction. */
    private final ThreadLocal<WorkCalendar> changing = new ThreadLocal<>();
    private final Object lock = new Object();
    private volatile WorkCalendar cached;

    public CalendarService(CalendarRepository repository, Transactions transactions, AuditTrail audit, Clock clock) {
        this(repository, transactions, audit, clock, ShippedHolidays.years());
    }

    public CalendarService(CalendarRepository repository, Transactions transactions, AuditTrail audit, Clock clock,
            List<CalendarYear> shipped) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.shipped = List.copyOf(shipped);
    }

    @Override
    public WorkCalendar current() {
        WorkCalendar inChange = changing.get();
        if (inChange != null) {
            return inChange;
        }
        WorkCalendar calendar = cached;
        return calendar != null ? calendar : loadShippedYears();
    }

    /** Told of every later change, inside its transaction (the request log re-dates open requests). */
    public void addListener(CalendarChangeListener listener) {
        listeners.add(listener);
    }

    public Optional<CalendarYear> year(int year) {
        current();
        return repository.find(year);
    }

    public Set<Integer> storedYears() {
        current();
        return repository.years();
    }

    /** What saving {@code noticeText} would store; lines without a title are read for {@code selectedYear}. */
    // [impl->req~calendar.notice-parse~1]
    public CalendarPreview preview(String noticeText, int selectedYear) {
        current();
        List<ParsedNotice> notices = parser.parse(noticeText, selectedYear);
        int year = notices.get(0).year();
        Optional<CalendarYear> stored = repository.find(year);
        CalendarPreview preview = YearRevision.apply(stored, notices);
        Set<Integer> storedYears = repository.years();
        Set<Integer> otherYears = preview.days().stream().map(CalendarDay::year).filter(y -> y != year)
                .collect(Collectors.toCollection(TreeSet::new));
        for (int other : otherYears) {
            String dates = preview.daysIn(other).stream().map(d -> d.date().toString()).collect(Collectors.joining("、"));
            preview = preview.withNote(storedYears.contains(other)
                    ? dates + " 属于 " + other + " 年，保存时一并写入 " + other + " 年日历。"
                    : dates + " 属于 " + other + " 年；本软件没有 " + other + " 年日历，这些日期不保存。");
        }
        if (stored.isPresent() && notices.stream().anyMatch(n -> !n.amendment())) {
            preview = preview.withNote("保存后将替换已有的 " + year + " 年日历（依据：" + stored.get().noticeTitle() + "）。");
        }
        return preview;
    }

    /**
     * Stores {@code year} as exactly {@code days}; days of the neighbouring years (the 元旦 block of the
     * next year's notice) are written into those years if they are stored.
     */
    // [impl->req~calendar.change-recompute~1]
    public List<DueDateChange> replaceYear(int year, List<CalendarDay> days, String noticeTitle) {
        validate(year, days, noticeTitle);
        current();
        return change(() -> {
            Optional<CalendarYear> before = repository.find(year);
            Set<LocalDate> newDates = days.stream().map(CalendarDay::date).collect(Collectors.toSet());
            List<CalendarDay> ofYear = days.stream().filter(d -> d.year() == year).collect(Collectors.toCollection(ArrayList::new));
            ofYear.addAll(keptFromNextYearsNotice(before, newDates));
            repository.replace(new CalendarYear(year, noticeTitle.strip(), ofYear), now());
            Set<Integer> stored = repository.years();
            days.stream().filter(d -> d.year() != year && stored.contains(d.year())).forEach(repository::put);
            return year + " 年工作日历改为依据“" + noticeTitle.strip() + "”：放假 "
                    + count(ofYear, DayKind.HOLIDAY) + " 天，调休上班 " + count(ofYear, DayKind.WORKDAY) + " 天"
                    + before.map(b -> "（替换原依据“" + b.noticeTitle() + "”）").orElse("");
        }, (summary, moved) -> audit.record(ENTITY_YEAR, (long) year, AuditEntry.Action.UPDATE, summary + moved));
    }

    /** Same as {@link #setDay(LocalDate, DayKind, String)} keeping the day's holiday name. */
    public List<DueDateChange> setDay(LocalDate date, DayKind kind) {
        return setDay(date, kind, null);
    }

    /**
     * Makes {@code date} a day off ({@code HOLIDAY}), a 调休 working weekend day ({@code WORKDAY}), or
     * an ordinary day again ({@code null}). Only in a year whose notice is stored.
     */
    // [impl->req~calendar.edit-day~1]
    public List<DueDateChange> setDay(LocalDate date, DayKind kind, String holidayName) {
        int year = date.getYear();
        if (!storedYears().contains(year)) {
            throw new UserError(year + "年日历未更新：还没有录入国务院办公厅关于" + year
                    + "年部分节假日安排的通知，不能逐日修改。请先粘贴该通知。");
        }
        if (kind == DayKind.WORKDAY && !ChineseDates.isWeekend(date)) {
            throw new UserError(date + "是" + ChineseDates.weekday(date.getDayOfWeek())
                    + "，本来就上班：调休上班的只能是星期六或星期日。");
        }
        Optional<CalendarDay> before = repository.day(date);
        if (before.map(CalendarDay::kind).orElse(null) == kind) {
            return List.of();
        }
        String name = holidayName != null ? holidayName : before.map(CalendarDay::holidayName).orElse(null);
        return change(() -> {
            if (kind == null) {
                repository.remove(date);
            } else {
                repository.put(new CalendarDay(date, kind, name, "办公室手工修改（" + LocalDate.now(clock) + "）"));
            }
            return date + " 改为" + label(kind);
        }, (summary, moved) -> audit.recordChange(ENTITY_DAY, (long) year,
                before.map(d -> d.date() + " " + label(d.kind())).orElse(null), date + " " + label(kind), summary + moved));
    }

    private interface Write {
        String run();
    }

    private interface Auditing {
        void record(String summary, String movedSuffix);
    }

    private List<DueDateChange> change(Write write, Auditing auditing) {
        synchronized (lock) {
            List<DueDateChange> moved = transactions.inTransaction(() -> {
                String summary = write.run();
                List<DueDateChange> changes = notifyListeners(WorkCalendar.of(repository.all()));
                auditing.record(summary, changes.isEmpty() ? "" : "；" + changes.size() + " 件申请的答复期限随之改变");
                return changes;
            });
            cached = WorkCalendar.of(repository.all());
            return moved;
        }
    }

    // [impl->req~calendar.shipped-data~1]
    private WorkCalendar loadShippedYears() {
        synchronized (lock) {
            if (cached != null) {
                return cached;
            }
            transactions.inTransaction(() -> {
                Set<Integer> stored = repository.years();
                List<CalendarYear> missing = shipped.stream().filter(y -> !stored.contains(y.year())).collect(Collectors.toList());
                if (missing.isEmpty()) {
                    return;
                }
                String now = now();
                missing.forEach(y -> repository.replace(y, now));
                List<DueDateChange> moved = notifyListeners(WorkCalendar.of(repository.all()));
                for (CalendarYear y : missing) {
                    audit.record(ENTITY_YEAR, (long) y.year(), AuditEntry.Action.IMPORT,
                            "载入随软件提供的 " + y.year() + " 年工作日历（依据：" + y.noticeTitle() + "）");
                }
                if (!moved.isEmpty()) {
                    audit.record(ENTITY_YEAR, null, AuditEntry.Action.UPDATE,
                            "载入随软件提供的日历后，" + moved.size() + " 件申请的答复期限随之改变");
                }
            });
            cached = WorkCalendar.of(repository.all());
            return cached;
        }
    }

    private List<DueDateChange> notifyListeners(WorkCalendar updated) {
        changing.set(updated);
        try {
            List<DueDateChange> moved = new ArrayList<>();
            for (CalendarChangeListener listener : listeners) {
                moved.addAll(listener.calendarChanged(updated));
            }
            return moved;
        } finally {
            changing.remove();
        }
    }

    /** Days of {@code year} that the next year's notice put there (2022-12-31 from the 2023 notice). */
    private List<CalendarDay> keptFromNextYearsNotice(Optional<CalendarYear> before, Set<LocalDate> replaced) {
        if (before.isEmpty()) {
            return List.of();
        }
        Optional<CalendarYear> next = repository.find(before.get().year() + 1);
        if (next.isEmpty()) {
            return List.of();
        }
        Set<String> nextNotices = new HashSet<>(List.of(next.get().noticeTitle().split("；")));
        return before.get().days().stream()
                .filter(d -> nextNotices.contains(d.sourceNotice()) && !replaced.contains(d.date()))
                .collect(Collectors.toList());
    }

    private static void validate(int year, List<CalendarDay> days, String noticeTitle) {
        if (year < 2000 || year > 2100) {
            throw new UserError("年份应在 2000 到 2100 之间：" + year);
        }
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (noticeTitle == null || noticeTitle.isBlank()) {
            problems.add(new ValidationError.Problem("noticeTitle", "请写明依据的通知标题。"));
        }
        if (days.stream().noneMatch(d -> d.year() == year)) {
            problems.add(new ValidationError.Problem("days", year + " 年没有任何放假或调休日期：请粘贴该年的通知。"));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay d : days) {
            if (!seen.add(d.date())) {
                problems.add(new ValidationError.Problem("days", d.date() + " 出现了两次。"));
            }
            if (Math.abs(d.year() - year) > 1) {
                problems.add(new ValidationError.Problem("days", d.date() + " 不属于 " + year + " 年或相邻年份。"));
            }
            if (d.kind() == DayKind.WORKDAY && !ChineseDates.isWeekend(d.date())) {
                problems.add(new ValidationError.Problem("days", d.date() + " 是" + ChineseDates.weekday(d.date().getDayOfWeek())
                        + "，不能设为调休上班：调休上班的只能是星期六或星期日。"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }

    private static long count(List<CalendarDay> days, DayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).count();
    }

    private static String label(DayKind kind) {
        return kind == null ? "平常日" : kind == DayKind.HOLIDAY ? "放假" : "调休上班";
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
