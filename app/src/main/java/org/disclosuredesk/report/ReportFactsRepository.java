// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.disclosuredesk.db.jooq.Tables.DOCUMENT;
import static org.disclosuredesk.db.jooq.Tables.PLAN;
import static org.disclosuredesk.db.jooq.Tables.PLAN_TASK;
import static org.disclosuredesk.db.jooq.Tables.REPORT_DRAFT;
import static org.disclosuredesk.db.jooq.Tables.REQUEST;
import static org.disclosuredesk.db.jooq.Tables.REQUEST_EVENT;
import static org.disclosuredesk.db.jooq.Tables.REVIEW_CASE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.substring;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.disclosuredesk.db.jooq.tables.PlanTask;
import org.disclosuredesk.db.jooq.tables.RequestEvent;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.requests.RequestRepository;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;

/**
 * Facts about a year that the narrative uses but no table shows: publications, interpretations,
 * 信息处理费 collected, the work plan's tasks, requests per month, and the years that have data.
 * The plan is read from plan/plan_task directly, so the report does not depend on the plan feature's code.
 */
public final class ReportFactsRepository {

    /** {@code plan_task.status} codes (plan.TaskStatus; StoredCodesTest holds the schema's list equal to its codes). */
    private static final String TASK_DONE = "DONE";
    private static final String TASK_NOT_APPLICABLE = "NOT_APPLICABLE";

    private final DSLContext dsl;

    public ReportFactsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Registration numbers (依申请〔Y〕第N号) of the requests table 三 carries out of {@code year} only because an
     * import gave them a result without its 答复日期 (「答复日期未记录」), in order of receipt.
     */
    public List<String> carriedOutWithoutReplyDate(int year) {
        return dsl.select(REQUEST.REG_NUMBER).from(REQUEST)
                .where(RequestRepository.carriedOutOfYear(year)).and(REQUEST.UNDATED_RESULT_CODE.isNotNull())
                .orderBy(REQUEST.RECEIVED_ON, REQUEST.REG_YEAR, REQUEST.REG_SEQ)
                .fetch(REQUEST.REG_NUMBER);
    }

    public YearFacts facts(int year) {
        String first = YearSpan.first(year);
        String last = YearSpan.last(year);
        long published = dsl.fetchCount(DOCUMENT, DOCUMENT.PUBLISHED_ON.between(first, last)
                .and(DOCUMENT.DISCLOSURE_ATTRIBUTE.eq(DisclosureAttribute.PROACTIVE.code())));
        long interpretations = dsl.fetchCount(DOCUMENT, DOCUMENT.INTERPRETATION_PUBLISHED_ON.between(first, last));
        Record2<BigDecimal, Integer> fees = fees(first, last);
        List<String> done = new ArrayList<>();
        List<String> open = new ArrayList<>();
        long tasks = 0;
        PlanTask child = PLAN_TASK.as("child");
        for (Record2<String, String> t : dsl.select(PLAN_TASK.STATUS, PLAN_TASK.TEXT)
                .from(PLAN_TASK).join(PLAN).on(PLAN.ID.eq(PLAN_TASK.PLAN_ID))
                .where(PLAN.YEAR.eq(year))
                .and(notExists(select(child.ID).from(child).where(child.PARENT_ID.eq(PLAN_TASK.ID))))
                .orderBy(PLAN_TASK.PLAN_ID, PLAN_TASK.SEQ)
                .fetch()) {
            if (TASK_NOT_APPLICABLE.equals(t.value1())) {
                continue;
            }
            tasks++;
            (TASK_DONE.equals(t.value1()) ? done : open).add(t.value2());
        }
        // Late replies are the request log's own count (ReportService adds it): one definition of 「逾期办结」.
        return new YearFacts(year, published, publishedByChannel(first, last), interpretations, 0,
                fees.value1() == null ? 0 : fees.value1().longValue(), fees.value2(), tasks, done.size(), done, open);
    }

    /**
     * Publications of the year per 公开方式 (a document published on two channels counts on both), most first.
     * Equal counts keep the order the narrative had while the file held labels (SQLite gave them by label,
     * descending): ordered here by label, since the file now holds codes whose order differs (V13).
     */
    private Map<String, Long> publishedByChannel(String first, String last) {
        Map<String, Long> counts = new LinkedHashMap<>();
        dsl.resultQuery("select j.value, count(*) from document d, json_each(d.channels) j"
                        + " where d.published_on between ? and ? and d.disclosure_attribute = ? group by j.value",
                        first, last, DisclosureAttribute.PROACTIVE.code())
                .stream()
                .map(r -> Map.entry(channelLabel(r.get(0, String.class)), r.get(1, Long.class)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The narrative names a 公开方式 by its label; the file holds its code (V13). */
    private static String channelLabel(String code) {
        return PublicationChannel.fromCode(code).map(PublicationChannel::label).orElse(code);
    }

    /** 信息处理费 paid in the year, in 分 (section 六 must state it). */
    public long feesCollectedFen(int year) {
        java.math.BigDecimal fen = fees(YearSpan.first(year), YearSpan.last(year)).value1();
        return fen == null ? 0 : fen.longValue();
    }

    /** 信息处理费 paid in the year; a payment without an amount takes the amount of the request's latest fee notice. */
    private Record2<BigDecimal, Integer> fees(String first, String last) {
        RequestEvent paid = REQUEST_EVENT.as("paid");
        RequestEvent notice = REQUEST_EVENT.as("notice");
        Field<Integer> noticed = select(notice.AMOUNT_FEN).from(notice)
                .where(notice.REQUEST_ID.eq(paid.REQUEST_ID).and(notice.KIND.eq("FEE_NOTICE")).and(notice.EVENT_ON.le(paid.EVENT_ON)))
                .orderBy(notice.EVENT_ON.desc(), notice.ID.desc()).limit(1).asField();
        return dsl.select(sum(coalesce(paid.AMOUNT_FEN, noticed)), countDistinct(paid.REQUEST_ID))
                .from(paid).where(paid.KIND.eq("FEE_PAID").and(paid.EVENT_ON.between(first, last)))
                .fetchOne();
    }

    /** Requests received in each month of the year, January first. */
    public long[] receivedPerMonth(int year) {
        long[] months = new long[12];
        Field<String> month = substring(REQUEST.RECEIVED_ON, 6, 2);
        dsl.select(month, count()).from(REQUEST)
                .where(RequestRepository.receivedInYear(year))
                .groupBy(month)
                .forEach(r -> months[Integer.parseInt(r.value1()) - 1] = r.value2());
        return months;
    }

    /** Whether any request was received on or before 31 December of {@code year}. */
    public boolean hasRequestsUpTo(int year) {
        return dsl.fetchExists(REQUEST, REQUEST.RECEIVED_ON.le(YearSpan.last(year)));
    }

    /** Years from the first year with any record (not before 2019, the first prescribed format) to the last. */
    public List<Integer> yearsWithData() {
        TreeSet<Integer> years = new TreeSet<>();
        addRange(years, dsl.select(min(REQUEST.RECEIVED_ON), max(REQUEST.RECEIVED_ON)).from(REQUEST).fetchOne());
        addRange(years, dsl.select(min(DOCUMENT.WRITTEN_ON), max(DOCUMENT.WRITTEN_ON)).from(DOCUMENT).fetchOne());
        addRange(years, dsl.select(min(REVIEW_CASE.FILED_ON), max(REVIEW_CASE.FILED_ON)).from(REVIEW_CASE).fetchOne());
        years.addAll(dsl.select(REPORT_DRAFT.YEAR).from(REPORT_DRAFT).fetch(REPORT_DRAFT.YEAR));
        years.removeIf(y -> y < 2019);
        if (years.isEmpty()) {
            return List.of();
        }
        List<Integer> all = new ArrayList<>();
        for (int y = years.first(); y <= years.last(); y++) {
            all.add(y);
        }
        return all;
    }

    private static void addRange(TreeSet<Integer> years, Record2<String, String> minMax) {
        if (minMax != null && minMax.value1() != null) {
            years.add(Integer.parseInt(minMax.value1().substring(0, 4)));
            years.add(Integer.parseInt(minMax.value2().substring(0, 4)));
        }
    }
}
