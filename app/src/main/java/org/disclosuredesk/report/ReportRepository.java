// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.disclosuredesk.db.jooq.Tables.DOCUMENT;
import static org.disclosuredesk.db.jooq.Tables.REQUEST;
import static org.disclosuredesk.db.jooq.Tables.REQUEST_ITEM;
import static org.disclosuredesk.db.jooq.Tables.REVIEW_CASE;
import static org.disclosuredesk.db.jooq.Tables.YEARLY_STATISTICS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.report.format.Measure;
import org.disclosuredesk.report.format.RequestSelector;
import org.disclosuredesk.requests.RequestItemRepository;
import org.disclosuredesk.requests.RequestRepository;
import org.disclosuredesk.shared.Json;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The report's reads of the ledgers (request, review_case, document, yearly_statistics): the year's
 * counts in a handful of aggregation queries, and the records behind any one count. Both are built from
 * the same conditions, so the list behind a cell always has exactly the cell's number of entries.
 */
public final class ReportRepository {

    private static final List<String> ENDED = List.of(Validity.ABOLISHED.code(), Validity.EXPIRED.code());
    /** The register's definition too (req~register.table-two~1): 已失效 is not 废止. */
    private static final String ABOLISHED = Validity.ABOLISHED.code();
    /**
     * 行政事业性收费 in 分 passes 2^31 at 2,147 万元 — a county collects more — but the column's generated type
     * is Integer (SQLite INTEGER): read it as a long.
     */
    private static final Field<Long> ADMIN_FEE_FEN = DSL.field(DSL.name("yearly_statistics", "admin_fee_fen"), Long.class);

    /** Table 三 counts 件: each application not split, each item of a split one (req~items.counting~1). */
    private static final Table<?> PIECES = REQUEST.leftJoin(REQUEST_ITEM).on(REQUEST_ITEM.REQUEST_ID.eq(REQUEST.ID));
    private static final Field<String> PIECE_RESULT = DSL.coalesce(REQUEST_ITEM.RESULT_CODE, REQUEST.RESULT_CODE);

    private final DSLContext dsl;

    public ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All counts of the year; {@code register} says which register figures the format's table 二 reads. */
    public LedgerFigures ledgerFigures(int year, RegisterMeasures register) {
        return new LedgerFigures(requestFlows(year), decided(year), reviews(year), documents(year, register), statistics(year));
    }

    /**
     * Only what next year's checks compare with: the request flows (四、结转下年度继续办理) and the register
     * figures (the stock on 31 December). Results, reviews and the yearly form are left empty.
     */
    public LedgerFigures carryOverAndStock(int year, RegisterMeasures register) {
        return new LedgerFigures(requestFlows(year), Map.of(), Map.of(), documents(year, register), Optional.empty());
    }

    // ---- table 三 ----

    /** req~report.requests-rows~1: the condition behind each kind of table-三 row. */
    static Condition requestCondition(RequestSelector selector, int year) {
        switch (selector.kind()) {
            case NEW_RECEIVED:
                return RequestRepository.receivedInYear(year);
            case CARRIED_IN:
                return RequestRepository.carriedIntoYear(year);
            case CARRIED_OUT:
                return RequestRepository.carriedOutOfYear(year);
            case ALL_RESULTS:
                return RequestRepository.decidedInYear(year);
            case RESULTS:
                // Over request ⟕ request_item: an item's own result, else the application's (req~items.counting~1).
                return RequestRepository.decidedInYear(year)
                        .and(PIECE_RESULT.in(selector.results().stream().map(ResultRow::code).collect(Collectors.toList())));
            default:
                throw new IllegalArgumentException(selector.kind().name());
        }
    }

    private Map<RequestSelector.Kind, Map<ApplicantKind, Long>> requestFlows(int year) {
        RequestSelector.Kind[] kinds = {RequestSelector.Kind.NEW_RECEIVED, RequestSelector.Kind.CARRIED_IN, RequestSelector.Kind.CARRIED_OUT};
        Map<RequestSelector.Kind, Map<ApplicantKind, Long>> flows = new EnumMap<>(RequestSelector.Kind.class);
        // A split application is as many 件 as it has items (req~items.counting~1); any other is one.
        Field<Integer> pieces = RequestItemRepository.piecesOfRequest();
        List<Field<?>> fields = new ArrayList<>();
        fields.add(REQUEST.APPLICANT_KIND);
        for (RequestSelector.Kind kind : kinds) {
            fields.add(DSL.sum(pieces).filterWhere(requestCondition(RequestSelector.of(kind), year)));
        }
        dsl.select(fields)
                .from(REQUEST)
                // Implied by all three flows; it lets the scan skip requests decided before the year.
                .where(RequestRepository.openDuringYear(year))
                .groupBy(REQUEST.APPLICANT_KIND)
                .forEach(r -> {
                    ApplicantKind kind = applicant(r.get(0, String.class));
                    for (int i = 0; i < kinds.length; i++) {
                        Long n = r.get(i + 1, Long.class);
                        LedgerFigures.add(flows, kinds[i], kind, n == null ? 0 : n, ApplicantKind.class);
                    }
                });
        return flows;
    }

    /** Each decided application once, or each of its items (its own result, else the application's). */
    private Map<ResultRow, Map<ApplicantKind, Long>> decided(int year) {
        Map<ResultRow, Map<ApplicantKind, Long>> decided = new EnumMap<>(ResultRow.class);
        Field<String> result = PIECE_RESULT.as("piece_result");
        dsl.select(result, REQUEST.APPLICANT_KIND, count())
                .from(PIECES)
                .where(requestCondition(RequestSelector.of(RequestSelector.Kind.ALL_RESULTS), year))
                .groupBy(result, REQUEST.APPLICANT_KIND)
                .forEach(r -> LedgerFigures.add(decided, ResultRow.fromCode(r.value1()).orElseThrow(),
                        applicant(r.value2()), r.value3(), ApplicantKind.class));
        return decided;
    }

    public EvidenceList requestsBehind(RequestSelector selector, Optional<ApplicantKind> applicant, int year, int limit) {
        Condition c = requestCondition(selector, year);
        if (applicant.isPresent()) {
            c = c.and(REQUEST.APPLICANT_KIND.eq(applicant.get().code()));
        }
        // One entry per 件: an application, or each item of a split one (依申请〔2025〕第3号-2).
        int total = dsl.fetchCount(dsl.selectOne().from(PIECES).where(c));
        List<Evidence> items = dsl.select(REQUEST.ID, REQUEST.REG_NUMBER, REQUEST.APPLICANT_NAME,
                        DSL.coalesce(REQUEST_ITEM.CONTENT, REQUEST.CONTENT), REQUEST.RECEIVED_ON, REQUEST.DECIDED_ON, PIECE_RESULT,
                        REQUEST.APPLICANT_KIND, REQUEST_ITEM.ITEM_NO)
                .from(PIECES).where(c).orderBy(REQUEST.RECEIVED_ON, REQUEST.ID, REQUEST_ITEM.ITEM_NO).limit(limit)
                .fetch(r -> new Evidence(Evidence.Kind.REQUEST, r.value1(), r.value2() + (r.value9() == null ? "" : "-" + r.value9()),
                        r.value3() + "：" + r.value4(), r.value5(), requestDetail(r.value6(), r.value7(), r.value8())));
        return new EvidenceList(total, items);
    }

    private static String requestDetail(String decidedOn, String resultCode, String applicantKind) {
        String kind = applicant(applicantKind).displayLabel();
        if (decidedOn == null) {
            return kind + "；尚未办结";
        }
        return kind + "；" + decidedOn + " 办结，" + ResultRow.fromCode(resultCode).map(ResultRow::fullLabel).orElse(resultCode);
    }

    // ---- table 四 ----

    /**
     * req~report.reviews~1: a case counts in year N when it was filed by 31 December N and not closed before
     * 1 January N; its column is its result if closed by 31 December N, else 尚未审结.
     */
    private static Condition reviewHandledIn(int year) {
        return REVIEW_CASE.FILED_ON.le(YearSpan.last(year))
                .and(REVIEW_CASE.CLOSED_ON.isNull().or(REVIEW_CASE.CLOSED_ON.ge(YearSpan.first(year))));
    }

    private static Field<String> reviewStatusAtYearEnd(int year) {
        return when(REVIEW_CASE.CLOSED_ON.le(YearSpan.last(year)), REVIEW_CASE.RESULT)
                .else_(inline(ReviewResult.PENDING.code()));
    }

    private Map<ReviewKind, Map<ReviewResult, Long>> reviews(int year) {
        Map<ReviewKind, Map<ReviewResult, Long>> counts = new EnumMap<>(ReviewKind.class);
        Field<String> status = reviewStatusAtYearEnd(year).as("status");
        dsl.select(REVIEW_CASE.KIND, status, count())
                .from(REVIEW_CASE).where(reviewHandledIn(year))
                .groupBy(REVIEW_CASE.KIND, status)
                .forEach(r -> LedgerFigures.add(counts, ReviewKind.fromCode(r.value1()).orElseThrow(),
                        ReviewResult.fromCode(r.value2()).orElseThrow(), r.value3(), ReviewResult.class));
        return counts;
    }

    public EvidenceList reviewCasesBehind(ReviewKind kind, Optional<ReviewResult> result, int year, int limit) {
        Condition c = reviewHandledIn(year).and(REVIEW_CASE.KIND.eq(kind.code()));
        if (result.isPresent()) {
            c = c.and(reviewStatusAtYearEnd(year).eq(result.get().code()));
        }
        int total = dsl.fetchCount(REVIEW_CASE, c);
        List<Evidence> items = dsl.select(REVIEW_CASE.ID, REVIEW_CASE.CASE_NUMBER, REVIEW_CASE.KIND, REVIEW_CASE.FILED_ON,
                        REVIEW_CASE.RESULT, REVIEW_CASE.CLOSED_ON, REVIEW_CASE.NOTE)
                .from(REVIEW_CASE).where(c).orderBy(REVIEW_CASE.FILED_ON, REVIEW_CASE.ID).limit(limit)
                .fetch(r -> new Evidence(Evidence.Kind.REVIEW_CASE, r.value1(), r.value2() == null ? "" : r.value2(),
                        ReviewKind.fromCode(r.value3()).map(ReviewKind::label).orElse(r.value3())
                                + (r.value7() == null ? "" : "：" + r.value7()), r.value4(),
                        r.value6() == null ? "尚未审结"
                                : r.value6() + " 审结，" + ReviewResult.fromCode(r.value5()).map(ReviewResult::label).orElse(r.value5())));
        return new EvidenceList(total, items);
    }

    // ---- table 二 ----

    /** req~report.register-figures~1: the register condition behind each document measure. */
    static Condition documentCondition(Measure.Source source, int year) {
        String first = YearSpan.first(year);
        String last = YearSpan.last(year);
        switch (source) {
            case DOCUMENTS_WRITTEN:
                return DOCUMENT.WRITTEN_ON.between(first, last);
            case DOCUMENTS_ABOLISHED:
                return DOCUMENT.VALIDITY.eq(ABOLISHED).and(DOCUMENT.VALIDITY_CHANGED_ON.between(first, last));
            case DOCUMENTS_EXPIRED:
                return DOCUMENT.VALIDITY.eq(Validity.EXPIRED.code()).and(DOCUMENT.VALIDITY_CHANGED_ON.between(first, last));
            case DOCUMENTS_IN_FORCE:
                return DOCUMENT.WRITTEN_ON.le(last)
                        .and(DSL.not(DOCUMENT.VALIDITY.in(ENDED).and(DOCUMENT.VALIDITY_CHANGED_ON.le(last))));
            case DOCUMENTS_PUBLISHED:
                return DOCUMENT.PUBLISHED_ON.between(first, last);
            case DOCUMENTS_PUBLISHED_TOTAL:
                return DOCUMENT.PUBLISHED_ON.le(last);
            default:
                throw new IllegalArgumentException(source + " is not a register figure");
        }
    }

    /** One grouped query over the 文种 asked for, counting only the measures asked for. */
    private Map<DocType, Map<Measure.Source, Long>> documents(int year, RegisterMeasures register) {
        Map<DocType, Map<Measure.Source, Long>> counts = new EnumMap<>(DocType.class);
        if (register.types().isEmpty() || register.sources().isEmpty()) {
            return counts;
        }
        List<Measure.Source> sources = new ArrayList<>(new java.util.TreeSet<>(register.sources()));
        List<Field<?>> fields = new ArrayList<>();
        fields.add(DOCUMENT.DOC_TYPE);
        for (Measure.Source source : sources) {
            fields.add(count().filterWhere(documentCondition(source, year)));
        }
        dsl.select(fields).from(DOCUMENT)
                .where(DOCUMENT.DOC_TYPE.in(register.types().stream().map(DocType::code).collect(Collectors.toList())))
                .groupBy(DOCUMENT.DOC_TYPE)
                .forEach(r -> {
                    DocType type = DocType.fromCode(r.get(0, String.class)).orElseThrow();
                    for (int i = 0; i < sources.size(); i++) {
                        LedgerFigures.add(counts, type, sources.get(i), r.get(i + 1, Long.class), Measure.Source.class);
                    }
                });
        return counts;
    }

    public EvidenceList documentsBehind(Measure.Source source, DocType type, int year, int limit) {
        Condition c = documentCondition(source, year).and(DOCUMENT.DOC_TYPE.eq(type.code()));
        int total = dsl.fetchCount(DOCUMENT, c);
        List<Evidence> items = dsl.select(DOCUMENT.ID, DOCUMENT.DOC_NUMBER, DOCUMENT.TITLE, DOCUMENT.WRITTEN_ON,
                        DOCUMENT.VALIDITY, DOCUMENT.VALIDITY_CHANGED_ON, DOCUMENT.PUBLISHED_ON)
                .from(DOCUMENT).where(c).orderBy(DOCUMENT.WRITTEN_ON, DOCUMENT.ID).limit(limit)
                .fetch(r -> new Evidence(Evidence.Kind.DOCUMENT, r.value1(), r.value2() == null ? "" : r.value2(), r.value3(),
                        r.value4(), Validity.fromCode(r.value5()).map(Validity::label).orElse(r.value5())
                                + (r.value6() == null ? "" : "（" + r.value6() + "）")
                                + (r.value7() == null ? "；未发布" : "；" + r.value7() + " 发布")));
        return new EvidenceList(total, items);
    }

    public Optional<YearlyStatistics> statistics(int year) {
        return dsl.select(YEARLY_STATISTICS.LICENSING_DECISIONS, YEARLY_STATISTICS.PENALTY_DECISIONS,
                        YEARLY_STATISTICS.COERCION_DECISIONS, ADMIN_FEE_FEN, YEARLY_STATISTICS.EXTRA_JSON, YEARLY_STATISTICS.SOURCE_NOTE)
                .from(YEARLY_STATISTICS).where(YEARLY_STATISTICS.YEAR.eq(year)).fetchOptional()
                .map(r -> new YearlyStatistics(year, r.value1(), r.value2(), r.value3(), r.value4(), extraFigures(r.value5()), r.value6()));
    }

    private static Map<String, Long> extraFigures(String json) {
        Map<String, Long> extra = new HashMap<>();
        try {
            JsonNode node = Json.mapper().readTree(json == null ? "{}" : json);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isIntegralNumber()) {
                    extra.put(e.getKey(), e.getValue().asLong());
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("yearly_statistics.extra_json is not JSON", e);
        }
        return extra;
    }

    private static ApplicantKind applicant(String code) {
        return ApplicantKind.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown applicant kind " + code));
    }
}
