// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.db.jooq.Tables.REQUEST;
import static org.disclosuredesk.db.jooq.Tables.REQUEST_EVENT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosuredesk.db.jooq.tables.records.RequestEventRecord;
import org.disclosuredesk.db.jooq.tables.records.RequestRecord;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The request log and its timelines; labels stored verbatim, dates as ISO text. */
public final class RequestRepository {

    private final DSLContext dsl;

    public RequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Request r, String now) {
        RequestRecord rec = dsl.newRecord(REQUEST);
        rec.setRegYear(r.number().year());
        rec.setRegSeq(r.number().seq());
        rec.setRegNumber(r.number().text());
        setIntake(rec, r.intake());
        rec.setResultCode(r.result() == null ? null : r.result().code());
        rec.setDecidedOn(text(r.decidedOn()));
        rec.setDueOn(text(r.dueOn()));
        rec.setUndatedResultCode(r.undatedResult() == null ? null : r.undatedResult().code());
        rec.setCreatedAt(now);
        rec.setUpdatedAt(now);
        return insertReturningId(rec);
    }

    public void updateIntake(long id, RequestIntake intake, String now) {
        RequestRecord rec = dsl.fetchSingle(REQUEST, REQUEST.ID.eq((int) id));
        setIntake(rec, intake);
        rec.setUpdatedAt(now);
        rec.store();
    }

    public void updateOutcome(long id, ResultRow result, LocalDate decidedOn, LocalDate dueOn, String now) {
        dsl.update(REQUEST)
                .set(REQUEST.RESULT_CODE, result == null ? null : result.code())
                .set(REQUEST.DECIDED_ON, text(decidedOn))
                .set(REQUEST.DUE_ON, text(dueOn))
                .set(REQUEST.UNDATED_RESULT_CODE, decidedOn == null ? REQUEST.UNDATED_RESULT_CODE : DSL.inline((String) null))
                .set(REQUEST.UPDATED_AT, now)
                .where(REQUEST.ID.eq((int) id))
                .execute();
    }

    public void renumber(long id, RegistrationNumber number, String now) {
        dsl.update(REQUEST)
                .set(REQUEST.REG_YEAR, number.year())
                .set(REQUEST.REG_SEQ, number.seq())
                .set(REQUEST.REG_NUMBER, number.text())
                .set(REQUEST.UPDATED_AT, now)
                .where(REQUEST.ID.eq((int) id))
                .execute();
    }

    public void updateDueOn(long id, LocalDate dueOn) {
        dsl.update(REQUEST).set(REQUEST.DUE_ON, text(dueOn)).where(REQUEST.ID.eq((int) id)).execute();
    }

    public long insertEvent(long requestId, RequestEvent e, String now) {
        RequestEventRecord rec = dsl.newRecord(REQUEST_EVENT);
        rec.setRequestId((int) requestId);
        rec.setKind(e.kind().name());
        rec.setEventOn(e.on().toString());
        rec.setDueOn(text(e.dueOn()));
        rec.setParty(blankToNull(e.party()));
        rec.setConsultee(e.consultee() == null ? null : e.consultee().code());
        rec.setApprover(blankToNull(e.approver()));
        rec.setToldOn(text(e.toldOn()));
        rec.setExtraDays(e.extraDays());
        rec.setFeeBasis(e.feeBasis() == null ? null : e.feeBasis().code());
        rec.setFeeQuantity(e.feeQuantity());
        rec.setAmountFen(e.amountFen() == null ? null : e.amountFen().intValue());
        rec.setDeliveryMethod(blankToNull(e.deliveryMethod()));
        rec.setRelatedEventId(e.relatedEventId() == null ? null : e.relatedEventId().intValue());
        rec.setNote(blankToNull(e.note()));
        rec.setOtherOrganName(blankToNull(e.otherOrganName()));
        rec.setOtherOrganContact(blankToNull(e.otherOrganContact()));
        rec.setCreatedAt(now);
        return insertReturningId(rec);
    }

    /** The one later addition to a recorded step: the day the applicant was told of an extension. */
    public void updateEventToldOn(long eventId, LocalDate toldOn) {
        dsl.update(REQUEST_EVENT).set(REQUEST_EVENT.TOLD_ON, text(toldOn)).where(REQUEST_EVENT.ID.eq((int) eventId)).execute();
    }

    public void deleteEvent(long eventId) {
        dsl.deleteFrom(REQUEST_EVENT).where(REQUEST_EVENT.ID.eq((int) eventId)).execute();
    }

    public Optional<Request> find(long id) {
        return load(REQUEST.ID.eq((int) id)).stream().findFirst();
    }

    /** A year's requests by registration year (all years when {@code year} is null), oldest first. */
    public List<Request> byYear(Integer year) {
        return load(year == null ? DSL.trueCondition() : REQUEST.REG_YEAR.eq(year));
    }

    public List<Request> open() {
        return load(REQUEST.DECIDED_ON.isNull());
    }

    /**
     * Decided in {@code year} either after the kept due date or without one (rows decided before V9 kept
     * it, or closed while the clock waited): the candidates for 「逾期办结」.
     */
    public List<Request> decidedLateOrWithoutKeptDueDate(int year) {
        return load(REQUEST.DECIDED_ON.between(year + "-01-01", year + "-12-31")
                .and(REQUEST.DUE_ON.isNull().or(REQUEST.DECIDED_ON.gt(REQUEST.DUE_ON))));
    }

    /** Received on or before 31 December of {@code year} and not decided by then (四、结转下年度继续办理). */
    public List<Request> carriedOutOf(int year) {
        return load(carriedOutOfYear(year));
    }

    // ---- A request's place in a statistical year (1 January – 31 December, 条例第五十条), defined once:
    // the request list and the annual report's table 三 count with the same conditions.

    /** 本年新收政府信息公开申请数量: received within the year. */
    public static Condition receivedInYear(int year) {
        return REQUEST.RECEIVED_ON.between(firstDay(year), lastDay(year));
    }

    /** 上年结转政府信息公开申请数量: received before the year and not decided before it began. */
    public static Condition carriedIntoYear(int year) {
        return REQUEST.RECEIVED_ON.lt(firstDay(year)).and(REQUEST.DECIDED_ON.isNull().or(REQUEST.DECIDED_ON.ge(firstDay(year))));
    }

    /** 结转下年度继续办理: received by 31 December and not decided by then. */
    public static Condition carriedOutOfYear(int year) {
        return REQUEST.RECEIVED_ON.le(lastDay(year)).and(REQUEST.DECIDED_ON.isNull().or(REQUEST.DECIDED_ON.gt(lastDay(year))));
    }

    /** Decided (办结) within the year: the requests of table 三's result rows. */
    public static Condition decidedInYear(int year) {
        return REQUEST.DECIDED_ON.between(firstDay(year), lastDay(year));
    }

    /** Open at some time in the year: received by its end, not decided before its start (any of the above). */
    public static Condition openDuringYear(int year) {
        return REQUEST.RECEIVED_ON.le(lastDay(year)).and(REQUEST.DECIDED_ON.isNull().or(REQUEST.DECIDED_ON.ge(firstDay(year))));
    }

    private static String firstDay(int year) {
        return LocalDate.of(year, 1, 1).toString();
    }

    private static String lastDay(int year) {
        return LocalDate.of(year, 12, 31).toString();
    }

    public int nextSeq(int year) {
        Integer max = dsl.select(DSL.max(REQUEST.REG_SEQ)).from(REQUEST).where(REQUEST.REG_YEAR.eq(year)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public boolean exists(String applicantName, LocalDate receivedOn, String content) {
        return dsl.fetchExists(REQUEST, REQUEST.APPLICANT_NAME.eq(applicantName)
                .and(REQUEST.RECEIVED_ON.eq(receivedOn.toString())).and(REQUEST.CONTENT.eq(content)));
    }

    /** The most recent details of applicants whose name starts with or contains {@code text}. */
    public List<Applicant> applicants(String text, int limit) {
        var latest = DSL.max(REQUEST.ID).as("latest");
        List<Integer> ids = dsl.select(latest).from(REQUEST)
                .where(REQUEST.APPLICANT_NAME.contains(text))
                .groupBy(REQUEST.APPLICANT_NAME)
                .orderBy(DSL.count().desc(), REQUEST.APPLICANT_NAME)
                .limit(limit)
                .fetch(0, Integer.class);
        Map<Integer, Applicant> byId = dsl.selectFrom(REQUEST).where(REQUEST.ID.in(ids))
                .fetchMap(RequestRecord::getId, r -> intake(r).applicant());
        return ids.stream().map(byId::get).collect(Collectors.toList());
    }

    /** The applicant's requests received in the month, in order of receipt (the 按件 ordinal). */
    public List<Long> applicantRequestsInMonth(String name, String idNumber, YearMonth month) {
        Condition who = idNumber == null || idNumber.isBlank()
                ? REQUEST.APPLICANT_NAME.eq(name)
                : REQUEST.ID_NUMBER.eq(idNumber).or(REQUEST.APPLICANT_NAME.eq(name).and(REQUEST.ID_NUMBER.isNull()));
        return dsl.select(REQUEST.ID).from(REQUEST)
                .where(who.and(REQUEST.RECEIVED_ON.between(month.atDay(1).toString(), month.atEndOfMonth().toString())))
                .orderBy(REQUEST.RECEIVED_ON, REQUEST.REG_YEAR, REQUEST.REG_SEQ)
                .fetch(r -> r.value1().longValue());
    }

    /**
     * The same applicant's applications of the month in order, each with how many 件 it is (its items when
     * split, else 1): the 按件 count of 国办函〔2020〕109号 第四条 (req~items.counting~1).
     */
    public Map<Long, Integer> applicantPiecesInMonth(String name, String idNumber, YearMonth month) {
        Map<Long, Integer> pieces = new LinkedHashMap<>();
        for (Long id : applicantRequestsInMonth(name, idNumber, month)) {
            pieces.put(id, dsl.fetchValue(DSL.select(RequestItemRepository.piecesOfRequest()).from(REQUEST).where(REQUEST.ID.eq(id.intValue()))));
        }
        return pieces;
    }

    public List<Integer> years() {
        return dsl.selectDistinct(REQUEST.REG_YEAR).from(REQUEST).orderBy(REQUEST.REG_YEAR.desc()).fetch(REQUEST.REG_YEAR);
    }

    private List<Request> load(Condition condition) {
        List<RequestRecord> rows = dsl.selectFrom(REQUEST).where(condition)
                .orderBy(REQUEST.REG_YEAR, REQUEST.REG_SEQ).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<RequestEventRecord>> events = new LinkedHashMap<>();
        dsl.selectFrom(REQUEST_EVENT)
                .where(REQUEST_EVENT.REQUEST_ID.in(DSL.select(REQUEST.ID).from(REQUEST).where(condition)))
                .orderBy(REQUEST_EVENT.EVENT_ON, REQUEST_EVENT.ID)
                .forEach(e -> events.computeIfAbsent(e.getRequestId(), k -> new ArrayList<>()).add(e));
        List<Request> result = new ArrayList<>(rows.size());
        for (RequestRecord r : rows) {
            ResultRow row = r.getResultCode() == null ? null : ResultRow.fromCode(r.getResultCode()).orElseThrow();
            List<RequestEvent> timeline = events.getOrDefault(r.getId(), List.of()).stream()
                    .map(e -> event(e, row)).collect(Collectors.toList());
            result.add(new Request(r.getId().longValue(),
                    new RegistrationNumber(r.getRegYear(), r.getRegSeq(), r.getRegNumber()),
                    intake(r), row, date(r.getDecidedOn()), date(r.getDueOn()), timeline,
                    r.getUndatedResultCode() == null ? null : ResultRow.fromCode(r.getUndatedResultCode()).orElseThrow()));
        }
        return result;
    }

    private static RequestEvent event(RequestEventRecord e, ResultRow requestResult) {
        EventKind kind = EventKind.valueOf(e.getKind());
        return new RequestEvent(e.getId().longValue(), kind, date(e.getEventOn()), date(e.getDueOn()), e.getParty(),
                Consultee.fromCode(e.getConsultee()).orElse(null), e.getApprover(), date(e.getToldOn()), e.getExtraDays(),
                FeeBasis.fromCode(e.getFeeBasis()).orElse(null), e.getFeeQuantity(),
                e.getAmountFen() == null ? null : e.getAmountFen().longValue(), e.getDeliveryMethod(),
                e.getRelatedEventId() == null ? null : e.getRelatedEventId().longValue(),
                kind == EventKind.DECISION ? requestResult : null, e.getNote(), e.getOtherOrganName(), e.getOtherOrganContact());
    }

    private static RequestIntake intake(RequestRecord r) {
        Applicant applicant = new Applicant(ApplicantKind.fromCode(r.getApplicantKind()).orElseThrow(), r.getApplicantName(),
                IdType.fromCode(r.getIdType()).orElse(null), r.getIdNumber(), r.getPhone(), r.getAddress(), r.getEmail());
        return new RequestIntake(applicant, RequestChannel.fromCode(r.getChannel()).orElseThrow(),
                date(r.getSubmittedOn()), date(r.getReceivedOn()), r.getContent(), r.getFormWanted(), r.getNotes());
    }

    private static void setIntake(RequestRecord rec, RequestIntake intake) {
        Applicant a = intake.applicant();
        rec.setApplicantKind(a.kind().code());
        rec.setApplicantName(a.name().trim());
        rec.setIdType(a.idType() == null || blankToNull(a.idNumber()) == null ? null : a.idType().code());
        rec.setIdNumber(blankToNull(a.idNumber()));
        rec.setPhone(blankToNull(a.phone()));
        rec.setAddress(blankToNull(a.address()));
        rec.setEmail(blankToNull(a.email()));
        rec.setChannel(intake.channel().code());
        rec.setSubmittedOn(intake.submittedOn().toString());
        rec.setReceivedOn(intake.receivedOn().toString());
        rec.setContent(intake.content().trim());
        rec.setFormWanted(blankToNull(intake.formWanted()));
        rec.setNotes(blankToNull(intake.notes()));
    }

    private long insertReturningId(RequestRecord rec) {
        return dsl.insertInto(REQUEST).set(rec).returningResult(REQUEST.ID).fetchSingle().value1();
    }

    private long insertReturningId(RequestEventRecord rec) {
        return dsl.insertInto(REQUEST_EVENT).set(rec).returningResult(REQUEST_EVENT.ID).fetchSingle().value1();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
