// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.disclosuredesk.db.jooq.Tables.REPORT_DRAFT;

import java.util.Optional;
import org.disclosuredesk.db.jooq.tables.records.ReportDraftRecord;
import org.jooq.DSLContext;

/** report_draft: one row per year with the narrative and the export state. */
public final class ReportDraftRepository {

    private final DSLContext dsl;

    public ReportDraftRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<StoredDraft> find(int year) {
        return dsl.selectFrom(REPORT_DRAFT).where(REPORT_DRAFT.YEAR.eq(year)).fetchOptional().map(ReportDraftRepository::toDraft);
    }

    /** Stores the narrative; {@code generatedAt} is set when the text came from 「生成初稿」. */
    public void saveNarrative(int year, Narrative n, String now, String generatedAt) {
        dsl.insertInto(REPORT_DRAFT)
                .set(REPORT_DRAFT.YEAR, year)
                .set(REPORT_DRAFT.SECTION_OVERVIEW, n.overview())
                .set(REPORT_DRAFT.SECTION_PROBLEMS, n.problems())
                .set(REPORT_DRAFT.SECTION_OTHER, n.otherMatters())
                .set(REPORT_DRAFT.GENERATED_AT, generatedAt)
                .set(REPORT_DRAFT.UPDATED_AT, now)
                .onConflict(REPORT_DRAFT.YEAR).doUpdate()
                .set(REPORT_DRAFT.SECTION_OVERVIEW, n.overview())
                .set(REPORT_DRAFT.SECTION_PROBLEMS, n.problems())
                .set(REPORT_DRAFT.SECTION_OTHER, n.otherMatters())
                .set(REPORT_DRAFT.GENERATED_AT, generatedAt == null ? REPORT_DRAFT.GENERATED_AT : org.jooq.impl.DSL.val(generatedAt))
                .set(REPORT_DRAFT.UPDATED_AT, now)
                .execute();
    }

    /** Marks the year's report exported as final, keeping the published figures. */
    public void markFinal(int year, String at, String figuresJson) {
        ensureRow(year, at);
        dsl.update(REPORT_DRAFT)
                .set(REPORT_DRAFT.FINAL_EXPORTED_AT, at)
                .set(REPORT_DRAFT.NEEDS_REEXPORT, 0)
                .set(REPORT_DRAFT.FINAL_FIGURES_JSON, figuresJson)
                .set(REPORT_DRAFT.UPDATED_AT, at)
                .where(REPORT_DRAFT.YEAR.eq(year)).execute();
    }

    public void markNeedsReexport(int year, String at) {
        ensureRow(year, at);
        dsl.update(REPORT_DRAFT)
                .set(REPORT_DRAFT.NEEDS_REEXPORT, 1)
                .set(REPORT_DRAFT.UPDATED_AT, at)
                .where(REPORT_DRAFT.YEAR.eq(year)).execute();
    }

    private void ensureRow(int year, String at) {
        dsl.insertInto(REPORT_DRAFT).set(REPORT_DRAFT.YEAR, year).set(REPORT_DRAFT.UPDATED_AT, at)
                .onConflictDoNothing().execute();
    }

    private static StoredDraft toDraft(ReportDraftRecord r) {
        return new StoredDraft(r.getYear(), new Narrative(r.getSectionOverview(), r.getSectionProblems(), r.getSectionOther()),
                r.getGeneratedAt(), r.getFinalExportedAt(), r.getNeedsReexport() != null && r.getNeedsReexport() == 1,
                r.getUpdatedAt(), Optional.ofNullable(r.getFinalFiguresJson()));
    }
}
