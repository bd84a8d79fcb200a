// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.disclosuredesk.db.jooq.Tables.DOCUMENT;
import static org.disclosuredesk.db.jooq.Tables.PLAN;
import static org.disclosuredesk.db.jooq.Tables.PLAN_TASK;
import static org.disclosuredesk.db.jooq.Tables.REPORT_DRAFT;
import static org.disclosuredesk.db.jooq.Tables.REQUEST;
import static org.disclosuredesk.db.jooq.Tables.REQUEST_EVENT;
import static org.disclosuredesk.db.jooq.Tables.REVIEW_CASE;
import static org.disclosuredesk.db.jooq.Tables.YEARLY_STATISTICS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.settings.OrgSettings;
import org.jooq.DSLContext;

/** Hand-made ledgers in a real migrated SQLite file: rows inserted as the other features would store them. */
public final class TestLedger {

    static final String NOW = "2026-01-15T10:00:00";

    public final AppContext context;
    private final DSLContext dsl;
    private int seq;

    private TestLedger(AppContext context) {
        this.context = context;
        this.dsl = context.database().dsl();
    }

    public static TestLedger open(Path dir) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        AppContext context = new AppContext(Database.open(dir.resolve("t.db")), clock);
        OrgSettings s = OrgSettings.defaultsFor("示例县人民政府办公室");
        context.settings().save(new OrgSettings(s.officeName(), "示例县人民政府", s.signatory(), s.requestNumberPrefix(),
                s.dueSoonWorkingDays(), s.interpretationWorkingDays(), s.indexNumberPattern(), "测试员"));
        return new TestLedger(context);
    }

    /** A request received on {@code received}; {@code decided}/{@code code} both null while it is open. */
    public long request(String received, String decided, String code, ApplicantKind kind) {
        seq++;
        int year = Integer.parseInt(received.substring(0, 4));
        return dsl.insertInto(REQUEST)
                .set(REQUEST.REG_YEAR, year)
                .set(REQUEST.REG_SEQ, seq)
                .set(REQUEST.REG_NUMBER, "依申请〔" + year + "〕" + seq + "号")
                .set(REQUEST.APPLICANT_KIND, kind.code())
                .set(REQUEST.APPLICANT_NAME, "申请人" + seq)
                .set(REQUEST.CHANNEL, RequestChannel.IN_PERSON.code())
                .set(REQUEST.SUBMITTED_ON, received)
                .set(REQUEST.RECEIVED_ON, received)
                .set(REQUEST.CONTENT, "申请公开第" + seq + "项信息")
                .set(REQUEST.RESULT_CODE, code)
                .set(REQUEST.DECIDED_ON, decided)
                .set(REQUEST.CREATED_AT, NOW)
                .set(REQUEST.UPDATED_AT, NOW)
                .returning(REQUEST.ID).fetchOne().getId();
    }

    public void lateRequest(String received, String due, String decided, String code, ApplicantKind kind) {
        long id = request(received, decided, code, kind);
        dsl.update(REQUEST).set(REQUEST.DUE_ON, due).where(REQUEST.ID.eq((int) id)).execute();
    }

    public void fee(long requestId, String noticeOn, int noticeFen, String paidOn, Integer paidFen) {
        dsl.insertInto(REQUEST_EVENT).set(REQUEST_EVENT.REQUEST_ID, (int) requestId).set(REQUEST_EVENT.KIND, "FEE_NOTICE")
                .set(REQUEST_EVENT.EVENT_ON, noticeOn).set(REQUEST_EVENT.AMOUNT_FEN, noticeFen).set(REQUEST_EVENT.CREATED_AT, NOW).execute();
        dsl.insertInto(REQUEST_EVENT).set(REQUEST_EVENT.REQUEST_ID, (int) requestId).set(REQUEST_EVENT.KIND, "FEE_PAID")
                .set(REQUEST_EVENT.EVENT_ON, paidOn).set(REQUEST_EVENT.AMOUNT_FEN, paidFen).set(REQUEST_EVENT.CREATED_AT, NOW).execute();
    }

    public void review(ReviewKind kind, String filed, ReviewResult result, String closed) {
        dsl.insertInto(REVIEW_CASE)
                .set(REVIEW_CASE.KIND, kind.code())
                .set(REVIEW_CASE.CASE_NUMBER, "案" + (++seq))
                .set(REVIEW_CASE.FILED_ON, filed)
                .set(REVIEW_CASE.RESULT, result.code())
                .set(REVIEW_CASE.CLOSED_ON, closed)
                .set(REVIEW_CASE.CREATED_AT, NOW)
                .set(REVIEW_CASE.UPDATED_AT, NOW)
                .execute();
    }

    public void document(DocType type, String written, Validity validity, String changedOn) {
        seq++;
        dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.TITLE, type.label() + seq)
                .set(DOCUMENT.DOC_NUMBER, "示政发〔" + written.substring(0, 4) + "〕" + seq + "号")
                .set(DOCUMENT.WRITTEN_ON, written)
                .set(DOCUMENT.PUBLISHED_ON, written)
                .set(DOCUMENT.CHANNELS, "[\"GOVERNMENT_WEBSITE\"]")
                .set(DOCUMENT.DOC_TYPE, type.code())
                .set(DOCUMENT.VALIDITY, validity.code())
                .set(DOCUMENT.VALIDITY_CHANGED_ON, changedOn)
                .set(DOCUMENT.CREATED_AT, NOW)
                .set(DOCUMENT.UPDATED_AT, NOW)
                .execute();
    }

    public void statistics(int year, int licensing, int penalty, int coercion, long feeFen, String extraJson) {
        dsl.insertInto(YEARLY_STATISTICS)
                .set(YEARLY_STATISTICS.YEAR, year)
                .set(YEARLY_STATISTICS.LICENSING_DECISIONS, licensing)
                .set(YEARLY_STATISTICS.PENALTY_DECISIONS, penalty)
                .set(YEARLY_STATISTICS.COERCION_DECISIONS, coercion)
                .set(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("admin_fee_fen"), Long.class), feeFen)
                .set(YEARLY_STATISTICS.EXTRA_JSON, extraJson)
                .set(YEARLY_STATISTICS.SOURCE_NOTE, "县政务服务中心报送")
                .set(YEARLY_STATISTICS.UPDATED_AT, NOW)
                .execute();
    }

    public void planTask(int year, String text, boolean done) {
        Integer plan = dsl.select(PLAN.ID).from(PLAN).where(PLAN.YEAR.eq(year)).fetchOne(PLAN.ID);
        if (plan == null) {
            plan = dsl.insertInto(PLAN).set(PLAN.TITLE, year + "年政务公开工作方案").set(PLAN.YEAR, year).set(PLAN.IMPORTED_AT, NOW)
                    .returning(PLAN.ID).fetchOne().getId();
        }
        dsl.insertInto(PLAN_TASK).set(PLAN_TASK.PLAN_ID, plan).set(PLAN_TASK.SEQ, ++seq).set(PLAN_TASK.PATH_JSON, "[]")
                .set(PLAN_TASK.TEXT, text).set(PLAN_TASK.STATUS, done ? "DONE" : "IN_PROGRESS")
                .set(PLAN_TASK.COMPLETED_ON, done ? year + "-06-30" : null).execute();
    }

    public void narrative(int year, String overview, String problems, String other) {
        dsl.insertInto(REPORT_DRAFT).set(REPORT_DRAFT.YEAR, year).set(REPORT_DRAFT.SECTION_OVERVIEW, overview)
                .set(REPORT_DRAFT.SECTION_PROBLEMS, problems).set(REPORT_DRAFT.SECTION_OTHER, other)
                .set(REPORT_DRAFT.UPDATED_AT, NOW)
                .onConflict(REPORT_DRAFT.YEAR).doUpdate()
                .set(REPORT_DRAFT.SECTION_OVERVIEW, overview).set(REPORT_DRAFT.SECTION_PROBLEMS, problems)
                .set(REPORT_DRAFT.SECTION_OTHER, other).execute();
    }

    /**
     * The ledger of {@code year} worked out by hand in {@link ReportTablesFromLedgerTest}: one request for every
     * result row, every applicant kind, carry-over in and out, reviews pending across the year end, register
     * documents abolished, amended and written on the boundary days.
     */
    public static void standardYear(TestLedger l, int y) {
        String prev = String.valueOf(y - 1);
        String year = String.valueOf(y);
        String next = String.valueOf(y + 1);
        // Carried in: received last year, not decided by 31 December of last year.
        l.request(prev + "-12-20", year + "-01-10", "1", ApplicantKind.NATURAL_PERSON);
        l.request(prev + "-12-28", year + "-02-01", "4.1", ApplicantKind.COMMERCIAL_ENTERPRISE);
        l.request(prev + "-12-30", null, null, ApplicantKind.LEGAL_SERVICE_ORGANISATION);       // still open: in and out
        l.request(prev + "-11-15", prev + "-12-10", "2", ApplicantKind.NATURAL_PERSON);         // last year's business only
        // New this year, one for each result row, applicant kinds in table order.
        String[][] rows = {
            {"1", "NATURAL_PERSON"}, {"2", "COMMERCIAL_ENTERPRISE"}, {"3.1", "RESEARCH_INSTITUTION"},
            {"3.2", "PUBLIC_WELFARE_ORGANISATION"}, {"3.3", "LEGAL_SERVICE_ORGANISATION"}, {"3.4", "OTHER_ORGANISATION"},
            {"3.5", "NATURAL_PERSON"}, {"3.6", "COMMERCIAL_ENTERPRISE"}, {"3.7", "RESEARCH_INSTITUTION"},
            {"3.8", "PUBLIC_WELFARE_ORGANISATION"}, {"4.1", "LEGAL_SERVICE_ORGANISATION"}, {"4.2", "OTHER_ORGANISATION"},
            {"4.3", "NATURAL_PERSON"}, {"5.1", "COMMERCIAL_ENTERPRISE"}, {"5.2", "RESEARCH_INSTITUTION"},
            {"5.3", "PUBLIC_WELFARE_ORGANISATION"}, {"5.4", "LEGAL_SERVICE_ORGANISATION"}, {"5.5", "OTHER_ORGANISATION"},
            {"6.1", "NATURAL_PERSON"}, {"6.2", "COMMERCIAL_ENTERPRISE"}, {"6.3", "RESEARCH_INSTITUTION"}};
        for (int i = 0; i < rows.length; i++) {
            String month = String.format("%02d", 1 + i % 11);
            l.request(year + "-" + month + "-05", year + "-" + month + "-20", rows[i][0], ApplicantKind.valueOf(rows[i][1]));
        }
        l.request(year + "-01-01", year + "-12-31", "1", ApplicantKind.NATURAL_PERSON);         // both boundary days
        l.request(year + "-03-03", year + "-03-04", "1", ApplicantKind.NATURAL_PERSON);
        // Carried out: received this year, not decided by 31 December.
        l.request(year + "-12-20", next + "-01-05", "1", ApplicantKind.NATURAL_PERSON);
        l.request(year + "-12-29", null, null, ApplicantKind.RESEARCH_INSTITUTION);
        l.request(next + "-01-03", null, null, ApplicantKind.NATURAL_PERSON);                   // next year's business only

        l.review(ReviewKind.ADMINISTRATIVE_REVIEW, year + "-03-01", ReviewResult.UPHELD, year + "-06-01");
        l.review(ReviewKind.ADMINISTRATIVE_REVIEW, year + "-11-20", ReviewResult.CORRECTED, next + "-02-01"); // pending on 31 Dec
        l.review(ReviewKind.ADMINISTRATIVE_REVIEW, year + "-12-01", ReviewResult.PENDING, null);
        l.review(ReviewKind.LAWSUIT_DIRECT, prev + "-10-01", ReviewResult.CORRECTED, year + "-03-15");      // pending last year-end
        l.review(ReviewKind.LAWSUIT_DIRECT, prev + "-05-01", ReviewResult.UPHELD, prev + "-09-01");         // last year's only
        l.review(ReviewKind.LAWSUIT_AFTER_REVIEW, year + "-07-01", ReviewResult.OTHER, year + "-12-31");
        l.review(ReviewKind.LAWSUIT_AFTER_REVIEW, next + "-01-05", ReviewResult.PENDING, null);               // next year's only

        l.document(DocType.RULE, year + "-03-01", Validity.IN_FORCE, null);
        l.document(DocType.RULE, (y - 5) + "-01-01", Validity.ABOLISHED, year + "-06-01");
        l.document(DocType.NORMATIVE_DOCUMENT, (y - 2) + "-05-05", Validity.IN_FORCE, null);
        l.document(DocType.NORMATIVE_DOCUMENT, year + "-02-02", Validity.EXPIRED, year + "-10-10");
        l.document(DocType.NORMATIVE_DOCUMENT, prev + "-04-04", Validity.AMENDED, year + "-01-20");
        l.document(DocType.NORMATIVE_DOCUMENT, year + "-12-31", Validity.IN_FORCE, null);
        l.document(DocType.NORMATIVE_DOCUMENT, next + "-01-02", Validity.IN_FORCE, null);
        l.document(DocType.NORMATIVE_DOCUMENT, (y - 3) + "-01-01", Validity.ABOLISHED, next + "-03-01");
        l.document(DocType.NORMATIVE_DOCUMENT, (y - 4) + "-06-06", Validity.ABOLISHED, year + "-08-08");
        l.document(DocType.OTHER, year + "-03-03", Validity.IN_FORCE, null);

        l.statistics(y, 12, 30, 2, 1_234_500, "{}");
    }
}
