// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.db.jooq.Tables.REVIEW_CASE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.db.jooq.tables.records.ReviewCaseRecord;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.jooq.DSLContext;

/** 行政复议 / 行政诉讼 cases (table 四), linked to a request where one is known. */
public final class ReviewCaseRepository {

    private final DSLContext dsl;

    public ReviewCaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(ReviewCase c, String now) {
        ReviewCaseRecord rec = dsl.newRecord(REVIEW_CASE);
        set(rec, c);
        rec.setCreatedAt(now);
        rec.setUpdatedAt(now);
        return insertReturningId(rec);
    }

    public void update(ReviewCase c, String now) {
        ReviewCaseRecord rec = dsl.fetchSingle(REVIEW_CASE, REVIEW_CASE.ID.eq(c.id().intValue()));
        set(rec, c);
        rec.setUpdatedAt(now);
        rec.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(REVIEW_CASE).where(REVIEW_CASE.ID.eq((int) id)).execute();
    }

    public Optional<ReviewCase> find(long id) {
        return dsl.selectFrom(REVIEW_CASE).where(REVIEW_CASE.ID.eq((int) id)).fetchOptional(ReviewCaseRepository::toCase);
    }

    public List<ReviewCase> forRequest(long requestId) {
        return dsl.selectFrom(REVIEW_CASE).where(REVIEW_CASE.REQUEST_ID.eq((int) requestId))
                .orderBy(REVIEW_CASE.FILED_ON, REVIEW_CASE.ID).fetch(ReviewCaseRepository::toCase);
    }

    /** Cases filed in the year, or filed earlier and not closed before it began. */
    public List<ReviewCase> activeIn(int year) {
        String first = year + "-01-01";
        String last = year + "-12-31";
        return dsl.selectFrom(REVIEW_CASE)
                .where(REVIEW_CASE.FILED_ON.le(last).and(REVIEW_CASE.CLOSED_ON.isNull().or(REVIEW_CASE.CLOSED_ON.ge(first))))
                .orderBy(REVIEW_CASE.FILED_ON, REVIEW_CASE.ID).fetch(ReviewCaseRepository::toCase);
    }

    private long insertReturningId(ReviewCaseRecord rec) {
        return dsl.insertInto(REVIEW_CASE).set(rec).returningResult(REVIEW_CASE.ID).fetchSingle().value1();
    }

    private static void set(ReviewCaseRecord rec, ReviewCase c) {
        rec.setRequestId(c.requestId() == null ? null : c.requestId().intValue());
        rec.setKind(c.kind().code());
        rec.setCaseNumber(c.caseNumber() == null || c.caseNumber().isBlank() ? null : c.caseNumber().trim());
        rec.setFiledOn(c.filedOn().toString());
        rec.setResult(c.result().code());
        rec.setClosedOn(c.closedOn() == null ? null : c.closedOn().toString());
        rec.setNote(c.note() == null || c.note().isBlank() ? null : c.note().trim());
    }

    private static ReviewCase toCase(ReviewCaseRecord r) {
        return new ReviewCase(r.getId().longValue(), r.getRequestId() == null ? null : r.getRequestId().longValue(),
                ReviewKind.fromCode(r.getKind()).orElseThrow(), r.getCaseNumber(), LocalDate.parse(r.getFiledOn()),
                ReviewResult.fromCode(r.getResult()).orElseThrow(),
                r.getClosedOn() == null ? null : LocalDate.parse(r.getClosedOn()), r.getNote());
    }
}
