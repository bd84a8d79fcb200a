// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosuredesk.calendar.CalendarChangeListener;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.calendar.DueDateChange;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.StoredDateRange;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.YearLocks;

/**
 * The request log: registers applications, records their steps, keeps each open request's derived due
 * date in {@code request.due_on}, and re-dates them when the calendar changes. Every change is
 * validated first, written in one transaction with its audit lines, and refused in a locked year.
 */
public final class RequestService implements CalendarChangeListener {

    static final String ENTITY = "request";

    private final RequestRepository repository;
    private final ReviewCaseRepository reviewCases;
    private final Transactions transactions;
    private final CalendarSource calendars;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final YearLocks yearLocks;
    private final Clock clock;

    public RequestService(RequestRepository repository, ReviewCaseRepository reviewCases, Transactions transactions, CalendarSource calendars,
            SettingsService settings, AuditTrail audit, YearLocks yearLocks, Clock clock) {
        this.repository = repository;
        this.reviewCases = reviewCases;
        this.transactions = transactions;
        this.calendars = calendars;
        this.settings = settings;
        this.audit = audit;
        this.yearLocks = yearLocks;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reads ------------------------------------------------------------------------------

    /**
     * The requests a year's list shows: those registered in it and those carried over into it (received
     * earlier, not decided before 1 January), filtered, by due date. All years when the year is null.
     */
    public List<RequestView> list(RequestFilter filter) {
        List<Request> requests = new ArrayList<>(repository.byYear(filter.year()));
        if (filter.year() != null) {
            requests.addAll(0, repository.carriedOutOf(filter.year() - 1));
        }
        return views(requests).stream().filter(filter::matches).sorted(BY_DUE_DATE).collect(Collectors.toList());
    }

    /** The year's ledger: the requests registered in it, in order of registration (export, command line). */
    public List<RequestView> ledger(int year) {
        return views(repository.byYear(year));
    }

    private List<RequestView> views(List<Request> requests) {
        WorkCalendar calendar = calendars.current();
        int dueSoon = settings.current().dueSoonWorkingDays();
        LocalDate today = today();
        return requests.stream().map(r -> view(r, calendar, today, dueSoon)).collect(Collectors.toList());
    }

    /** Open requests first by due date (waiting ones after), then closed ones, newest first. */
    static final Comparator<RequestView> BY_DUE_DATE = Comparator
            .comparing((RequestView v) -> v.request().isDecided())
            .thenComparing(v -> v.request().isDecided() ? LocalDate.MAX : v.deadline().dueOn() == null ? LocalDate.MAX : v.deadline().dueOn())
            .thenComparing(v -> v.request().isDecided() ? LocalDate.MAX.toEpochDay() - v.request().decidedOn().toEpochDay() : 0L)
            .thenComparing(v -> v.request().number().year())
            .thenComparing(v -> v.request().number().seq());

    public RequestDetail detail(long id) {
        Request r = require(id);
        WorkCalendar calendar = calendars.current();
        Timeline timeline = new Timeline(r, calendar, today());
        return new RequestDetail(view(r, calendar, today(), settings.current().dueSoonWorkingDays()),
                timeline.nextSteps(), timeline.warnings(), timeline.pendingConsultations(), reviewCases.forRequest(id));
    }

    /** The request's 登记表 as a PDF, for 打印 (nothing is written to disk). */
    public byte[] recordPdf(long id) {
        return RequestRecordPdf.render(detail(id).view(), today());
    }

    public Request find(long id) {
        return require(id);
    }

    public List<Integer> years() {
        return repository.years();
    }

    /** Earlier applicants matching what was typed, with their latest details, for autocomplete. */
    public List<Applicant> applicantSuggestions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return repository.applicants(text.trim(), 8);
    }

    /** 四、结转下年度继续办理 of {@code year}: received by 31 December and not decided by then. */
    // [impl->req~year.carry-over~1]
    public List<Request> carriedOverOutOf(int year) {
        return repository.carriedOutOf(year);
    }

    /** 二、上年结转 of {@code year}: the same requests as {@link #carriedOverOutOf} of the year before. */
    public List<Request> carriedOverInto(int year) {
        return repository.carriedOutOf(year - 1);
    }

    /** True when the log already holds this application (same applicant, date of receipt and content). */
    public boolean isAlreadyLogged(RequestIntake intake) {
        return intake.applicant() != null && intake.applicant().name() != null && intake.receivedOn() != null
                && intake.content() != null && repository.exists(intake.applicant().name().trim(), intake.receivedOn(), intake.content().trim());
    }

    /** The date {@code n} working days after {@code from} in the calendar in force (for proposed limits). */
    public LocalDate workingDaysAfter(LocalDate from, int n) {
        return calendars.current().addWorkingDays(from, n);
    }

    /** The deadline a new application received on {@code receivedOn} would get, before it is registered. */
    public Deadline previewDeadline(LocalDate receivedOn) {
        return new AnswerDeadline(calendars.current()).of(receivedOn, List.of());
    }

    public Deadline deadline(Request request) {
        return new AnswerDeadline(calendars.current()).of(request);
    }

    /** The fee a notice would charge: by item from the applicant's count this calendar month, or by pages. */
    public FeeQuote feeQuote(long requestId, FeeBasis basis, Integer pages) {
        Request r = require(requestId);
        if (basis == FeeBasis.BY_ITEM) {
            StepDefaults places = new StepDefaults(repository, today());
            int ordinal = places.ordinalInMonth(r);
            int first = places.firstPlaceInMonth(r);
            long fee = FeeCalculator.byItems(first, ordinal);
            return new FeeQuote(basis, ordinal, fee, r.applicant().name() + " " + YearMonth.from(r.receivedOn()).getMonthValue()
                    + " 月第 " + (first == ordinal ? String.valueOf(ordinal) : first + "–" + ordinal) + " 件申请"
                    + (first == ordinal ? "" : "（按一事一申请拆分为 " + (ordinal - first + 1) + " 项）")
                    + "：" + (fee == 0 ? "每月 10 件以内不收费" : FeeCalculator.yuan(fee)));
        }
        int n = pages == null ? 0 : pages;
        long fee = FeeCalculator.byVolume(n);
        return new FeeQuote(basis, n, fee, n + " 页：" + (fee == 0 ? "30 页以内不收费" : FeeCalculator.yuan(fee)));
    }

    // ---- writes -----------------------------------------------------------------------------

    // [impl->req~intake.register~1]
    public Request register(RequestIntake intake) {
        RequestIntake clean = normalised(intake);
        IntakeValidator.require(clean, today());
        int year = clean.receivedOn().getYear();
        yearLocks.requireOpen(year, "申请登记");
        yearLocks.requireUnchangedInLockedYears(y -> null,
                y -> RequestYearFigures.of(clean.applicant().kind(), clean.receivedOn(), null, null, y), "申请登记");
        return transactions.inTransaction(() -> {
            RegistrationNumber number = RegistrationNumber.of(settings.current().requestNumberPrefix(), year, repository.nextSeq(year));
            LocalDate due = new AnswerDeadline(calendars.current()).of(clean.receivedOn(), List.of()).dueOn();
            long id = repository.insert(new Request(null, number, clean, null, null, due, List.of()), now());
            audit.record(ENTITY, id, AuditEntry.Action.CREATE, "登记申请 " + number + "：" + clean.applicant().name());
            return require(id);
        });
    }

    public Request updateIntake(long id, RequestIntake intake) {
        RequestIntake clean = normalised(intake);
        IntakeValidator.require(clean, today());
        Request before = require(id);
        for (int year : affectedYears(before)) {
            yearLocks.requireOpen(year, "申请 " + before.number() + " 的登记信息");
        }
        yearLocks.requireOpen(clean.receivedOn().getYear(), "申请登记");
        yearLocks.requireUnchangedInLockedYears(y -> RequestYearFigures.of(before, y), y -> RequestYearFigures.of(
                clean.applicant().kind(), clean.receivedOn(), before.decidedOn(), before.result(), y), "申请登记");
        before.events().stream().filter(e -> e.on().isBefore(clean.receivedOn())).findFirst().ifPresent(e -> {
            throw ValidationError.of("receivedOn", "收到申请日期不能晚于已记录的" + e.kind().label() + "（" + e.on() + "）。");
        });
        return transactions.inTransaction(() -> {
            repository.updateIntake(id, clean, now());
            if (clean.receivedOn().getYear() != before.number().year()) {
                renumber(before, clean.receivedOn().getYear());
            }
            audit.recordFieldChanges(ENTITY, id, fields(before.intake()), fields(clean));
            return refreshDueDate(require(id));
        });
    }

    /** Records one step of the timeline; closing steps give the request its result row and decision date. */
    public Recorded addEvent(long id, RequestEvent candidate) {
        StepDates.requireInRange(candidate);
        Request before = require(id);
        WorkCalendar calendar = calendars.current();
        RequestEvent event = new StepDefaults(repository, today()).complete(before, candidate, calendar);
        List<String> warnings = new Timeline(before, calendar, today()).check(event);
        yearLocks.requireOpen(event.on().getYear(), "申请 " + before.number() + " 的办理记录");
        if (event.kind().closes()) {
            yearLocks.requireUnchangedInLockedYears(y -> RequestYearFigures.of(before, y), y -> RequestYearFigures.of(
                    before.withOutcome(event.closingResult(), event.on(), null), y), "申请 " + before.number() + " 的办理记录");
        }
        return transactions.inTransaction(() -> {
            long eventId = repository.insertEvent(id, event, now());
            if (event.kind().closes()) {
                repository.updateOutcome(id, event.closingResult(), event.on(), null, now());
            }
            audit.record(ENTITY, id, AuditEntry.Action.UPDATE, "记录" + EventText.describe(event) + "（" + before.number() + "，记录 " + eventId + "）");
            return new Recorded(refreshDueDate(require(id)), warnings);
        });
    }

    /**
     * The refusals recording {@code candidate} would meet, without recording anything: the step's form shows
     * them beside its own typing mistakes in one round. The caller leaves a field it could not read empty
     * and keeps its own message for it.
     */
    public List<ValidationError.Problem> stepProblems(long id, RequestEvent candidate) {
        try {
            StepDates.requireInRange(candidate);
            Request before = require(id);
            WorkCalendar calendar = calendars.current();
            new Timeline(before, calendar, today()).check(new StepDefaults(repository, today()).complete(before, candidate, calendar));
            return List.of();
        } catch (ValidationError e) {
            return e.problems();
        }
    }

    /**
     * Adds the day the applicant was told of the extension, when it was not known at approval
     * (第三十三条第二款). The only change a recorded step accepts; audited.
     */
    public Recorded recordExtensionTold(long id, LocalDate toldOn) {
        StoredDateRange.problem("toldOn", "告知申请人日期", toldOn).ifPresent(p -> {
            throw new ValidationError(List.of(p));
        });
        Request before = require(id);
        List<String> warnings = new Timeline(before, calendars.current(), today()).checkToldOn(toldOn);
        RequestEvent extension = before.first(EventKind.EXTENSION).orElseThrow();
        yearLocks.requireOpen(extension.on().getYear(), "申请 " + before.number() + " 的办理记录");
        return transactions.inTransaction(() -> {
            repository.updateEventToldOn(extension.id(), toldOn);
            audit.record(ENTITY, id, AuditEntry.Action.UPDATE, "补记延长答复期限的告知日期 " + toldOn + "（" + before.number() + "）");
            return new Recorded(require(id), warnings);
        });
    }

    /** Deletes a mistaken step; deleting the closing step reopens the request. */
    public Request removeEvent(long id, long eventId) {
        Request before = require(id);
        RequestEvent event = before.events().stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> new UserError("该办理记录已不存在，请刷新。"));
        new Timeline(before, calendars.current(), today()).removalProblem(event).ifPresent(m -> {
            throw new UserError(m);
        });
        yearLocks.requireOpen(event.on().getYear(), "申请 " + before.number() + " 的办理记录");
        if (event.kind().closes()) {
            yearLocks.requireUnchangedInLockedYears(y -> RequestYearFigures.of(before, y), y -> RequestYearFigures.of(
                    before.withOutcome(null, null, null), y), "申请 " + before.number() + " 的办理记录");
        }
        return transactions.inTransaction(() -> {
            repository.deleteEvent(eventId);
            if (event.kind().closes()) {
                repository.updateOutcome(id, null, null, null, now());
            }
            audit.record(ENTITY, id, AuditEntry.Action.UPDATE, "删除记录：" + EventText.describe(event) + "（" + before.number() + "）");
            return refreshDueDate(require(id));
        });
    }

    /**
     * Takes over rows of an existing log, all in one transaction: numbered per year of receipt in order
     * of receipt, each decided row with its decision. Refuses the whole list if any row is invalid.
     */
    // [impl->req~import.all-or-nothing~1]
    public List<Request> importRequests(List<ImportedRequest> rows) {
        List<String> problems = new ArrayList<>();
        LocalDate today = today();
        List<Integer> locked = yearLocks.lockedYears();
        for (ImportedRequest row : rows) {
            IntakeValidator.problems(row.intake(), today).forEach(p -> problems.add("第 " + row.rowNumber() + " 行：" + p.message()));
            StoredDateRange.problem("decidedOn", "答复日期", row.decidedOn())
                    .ifPresent(p -> problems.add("第 " + row.rowNumber() + " 行：" + p.message()));
            if (row.result() == null && row.decidedOn() != null) {
                problems.add("第 " + row.rowNumber() + " 行：有答复日期时须填写办理结果。");
            } else if (row.decidedOn() != null && row.intake().receivedOn() != null && row.decidedOn().isBefore(row.intake().receivedOn())) {
                problems.add("第 " + row.rowNumber() + " 行：答复日期（" + row.decidedOn() + "）早于收到申请日期。");
            }
            if (row.intake().receivedOn() != null && yearLocks.isLocked(row.intake().receivedOn().getYear())) {
                problems.add("第 " + row.rowNumber() + " 行：" + row.intake().receivedOn().getYear() + " 年已锁定，不能导入该年度的申请。");
            } else {
                lockedYearTouched(row, locked).ifPresent(y -> problems.add("第 " + row.rowNumber() + " 行：会改变已锁定的 " + y
                        + " 年度报告的数字（上年结转、办结或结转下年），不能导入。"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError("导入没有进行，没有保存任何记录：" + String.join("；", problems));
        }
        List<ImportedRequest> ordered = rows.stream()
                .sorted(Comparator.comparing((ImportedRequest r) -> r.intake().receivedOn()).thenComparing(ImportedRequest::rowNumber))
                .collect(Collectors.toList());
        return transactions.inTransaction(() -> {
            String prefix = settings.current().requestNumberPrefix();
            AnswerDeadline clock = new AnswerDeadline(calendars.current());
            List<Request> stored = new ArrayList<>();
            for (ImportedRequest row : ordered) {
                RequestIntake intake = normalised(row.intake());
                int year = intake.receivedOn().getYear();
                RegistrationNumber number = RegistrationNumber.of(prefix, year, repository.nextSeq(year));
                // A decided row keeps the due date the clock gives it (no timeline came with it): late replies count from it.
                LocalDate due = clock.of(intake.receivedOn(), List.of()).dueOn();
                boolean undated = row.result() != null && row.decidedOn() == null; // 「答复日期未记录」 (issue 12.4)
                long id = repository.insert(new Request(null, number, intake, undated ? null : row.result(), row.decidedOn(),
                        undated ? null : due, List.of(), undated ? row.result() : null), now());
                if (row.decidedOn() != null) {
                    repository.insertEvent(id, RequestEvent.decision(row.decidedOn(), row.result()).withNote("导入"), now());
                }
                audit.record(ENTITY, id, AuditEntry.Action.IMPORT, "导入申请 " + number + "（原表第 " + row.rowNumber() + " 行）：" + intake.applicant().name());
                stored.add(require(id));
            }
            return stored;
        });
    }

    /** Inside the calendar's own transaction: re-date every open request and say which moved. */
    // [impl->req~clock.calendar-change~1]
    @Override
    public List<DueDateChange> calendarChanged(WorkCalendar updated) {
        return transactions.inTransaction(() -> {
            AnswerDeadline clock = new AnswerDeadline(updated);
            List<DueDateChange> moved = new ArrayList<>();
            for (Request r : repository.open()) {
                LocalDate after = clock.of(r).dueOn();
                if (!Objects.equals(after, r.dueOn())) {
                    repository.updateDueOn(r.id(), after);
                    audit.recordFieldChanges(ENTITY, r.id(), Map.of("due_on", String.valueOf(r.dueOn())),
                            Map.of("due_on", String.valueOf(after)));
                    moved.add(new DueDateChange(r.number().text(), r.applicant().name() + "：" + r.intake().content(), r.dueOn(), after));
                }
            }
            return moved;
        });
    }

    // ---- helpers ----------------------------------------------------------------------------

    RequestView view(Request r, WorkCalendar calendar, LocalDate today, int dueSoon) {
        Deadline deadline = new AnswerDeadline(calendar).of(r);
        RequestStatus status = r.isDecided() ? RequestStatus.ofDecided(keptDueDate(r, calendar), r.decidedOn())
                : r.isDecisionDateMissing() ? RequestStatus.DATE_NOT_RECORDED
                : RequestStatus.of(deadline, null, today, dueSoon, calendar);
        return new RequestView(r, deadline, status);
    }

    /**
     * The due date a decided request had when it was decided: the stored copy, kept at the decision; for
     * a row decided before the copy was kept (schema before V9) the clock's answer over its timeline,
     * computed on read (the timeline ends at the decision, so it is the same answer).
     */
    // [impl->req~clock.kept-due-date~1]
    static LocalDate keptDueDate(Request r, WorkCalendar calendar) {
        return r.dueOn() != null ? r.dueOn() : new AnswerDeadline(calendar).of(r).dueOn();
    }

    /** Requests decided in {@code year} after the due date they had (「逾期办结」): list, overview and report agree. */
    // [impl->req~clock.late-replies~1]
    public List<Request> lateReplies(int year) {
        WorkCalendar calendar = calendars.current();
        return repository.decidedLateOrWithoutKeptDueDate(year).stream()
                .filter(r -> RequestStatus.ofDecided(keptDueDate(r, calendar), r.decidedOn()) == RequestStatus.CLOSED_LATE)
                .collect(Collectors.toList());
    }

    private Request require(long id) {
        return repository.find(id).orElseThrow(() -> new UserError("找不到该申请（编号 " + id + "），可能已被删除。请刷新列表。"));
    }

    /**
     * Stores the derived due date. A decided request keeps the date it had at the decision (never
     * nulled, never re-dated by a later calendar change): late replies are counted from it.
     */
    // [impl->req~clock.kept-due-date~1]
    private Request refreshDueDate(Request r) {
        LocalDate due = r.isDecided() && r.dueOn() != null ? r.dueOn() : new AnswerDeadline(calendars.current()).of(r).dueOn();
        if (!Objects.equals(due, r.dueOn())) {
            repository.updateDueOn(r.id(), due);
            return r.withOutcome(r.result(), r.decidedOn(), due);
        }
        return r;
    }

    private void renumber(Request before, int newYear) {
        RegistrationNumber number = RegistrationNumber.of(settings.current().requestNumberPrefix(), newYear, repository.nextSeq(newYear));
        repository.renumber(before.id(), number, now());
        audit.recordFieldChanges(ENTITY, before.id(), Map.of("reg_number", before.number().text()), Map.of("reg_number", number.text()));
    }

    /** The first locked year whose figures an imported row would change (issue 14, item 4). */
    private static Optional<Integer> lockedYearTouched(ImportedRequest row, List<Integer> locked) {
        ApplicantKind kind = row.intake().applicant() == null ? null : row.intake().applicant().kind();
        return locked.stream().filter(y -> RequestYearFigures.of(kind, row.intake().receivedOn(), row.decidedOn(), row.result(), y) != null)
                .findFirst();
    }

    /** The years whose report counts this request: from receipt to its decision (or today while open). */
    private List<Integer> affectedYears(Request r) {
        return yearsCountedIn(r, today());
    }

    /** As above, for the items of a split application (RequestItemService). */
    static List<Integer> yearsCountedIn(Request r, LocalDate today) {
        int last = r.isDecided() ? r.decidedOn().getYear() : Math.max(r.receivedOn().getYear(), today.getYear());
        List<Integer> years = new ArrayList<>();
        for (int y = r.receivedOn().getYear(); y <= last; y++) {
            years.add(y);
        }
        return years;
    }

    /** The intake as it is validated and stored: text trimmed, the ID number in its normal form. */
    public static RequestIntake normalised(RequestIntake in) {
        Applicant a = in.applicant();
        Applicant clean = a == null ? null : new Applicant(a.kind(), trim(a.name()), a.idType(),
                a.idNumber() == null || a.idNumber().isBlank() ? null : IdNumberValidator.normalise(a.idNumber()),
                trim(a.phone()), trim(a.address()), trim(a.email()));
        return new RequestIntake(clean, in.channel(), in.submittedOn(), in.receivedOn(), trim(in.content()), trim(in.formWanted()), trim(in.notes()));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static Map<String, Object> fields(RequestIntake i) {
        Map<String, Object> m = new LinkedHashMap<>();
        Applicant a = i.applicant();
        m.put("applicant_kind", a.kind().label());
        m.put("applicant_name", a.name());
        m.put("id_type", a.idType() == null ? null : a.idType().label());
        m.put("id_number", a.idNumber());
        m.put("phone", a.phone());
        m.put("address", a.address());
        m.put("email", a.email());
        m.put("channel", i.channel().label());
        m.put("submitted_on", i.submittedOn());
        m.put("received_on", i.receivedOn());
        m.put("content", i.content());
        m.put("form_wanted", i.formWanted());
        m.put("notes", i.notes());
        return m;
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
