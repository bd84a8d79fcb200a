// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.report.check.CheckInput;
import org.disclosuredesk.report.check.ReportChecks;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.Measure;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.ReportFormats;
import org.disclosuredesk.report.format.RequestRowDef;
import org.disclosuredesk.report.format.ReviewColumns;
import org.disclosuredesk.report.format.StockContinuity;
import org.disclosuredesk.report.narrative.NarrativeDraft;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.YearLocks;

/**
 * The annual report of a year: computed from the ledgers in the format prescribed for the year, checked,
 * traced cell by cell, its narrative drafted and stored, and the year locked when it is exported final.
 */
public final class ReportService {

    private final ReportRepository ledgers;
    private final ReportFactsRepository factsRepository;
    private final ReportDraftRepository drafts;
    private final Transactions transactions;
    private final YearLocks yearLocks;
    private final AuditTrail audit;
    private final SettingsService settings;
    private final Clock clock;
    private final LateReplies lateReplies;

    public ReportService(ReportRepository ledgers, ReportFactsRepository factsRepository, ReportDraftRepository drafts,
                         Transactions transactions, YearLocks yearLocks, AuditTrail audit, SettingsService settings, Clock clock,
                         LateReplies lateReplies) {
        this.lateReplies = lateReplies;
        this.ledgers = ledgers;
        this.factsRepository = factsRepository;
        this.drafts = drafts;
        this.transactions = transactions;
        this.yearLocks = yearLocks;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** The report of {@code year} as the ledgers stand now, with every check run. One read transaction. */
    /** Who signs the report (设置 → 报告落款), or the report's organ when that setting is empty. */
    public String signatoryOrgan() {
        String signatory = settings.current().signatory();
        return signatory == null || signatory.isBlank() ? settings.current().reportOrganName() : signatory.strip();
    }

    public Report build(int year) {
        ReportFormat format = ReportFormats.forYear(year);
        return transactions.inTransaction(() -> {
            LedgerFigures figures = ledgers.ledgerFigures(year, RegisterMeasures.of(format));
            ReportTables tables = ReportTableBuilder.build(year, format, figures);
            Optional<StoredDraft> draft = drafts.find(year);
            Optional<StoredDraft> lastDraft = drafts.find(year - 1);
            Narrative narrative = draft.map(StoredDraft::narrative).orElse(Narrative.EMPTY);
            CheckInput input = new CheckInput(tables,
                    Optional.of(ReportTableBuilder.build(year - 1, format,
                            ledgers.carryOverAndStock(year - 1, RegisterMeasures.of(format)))),
                    lastDraft.flatMap(StoredDraft::finalFiguresJson).flatMap(ReportSnapshot::fromJson),
                    narrative,
                    lastDraft.map(StoredDraft::narrative).filter(n -> !n.isEmpty()),
                    factsRepository.feesCollectedFen(year),
                    expiredInYear(format, figures),
                    figures.statistics().isPresent(),
                    draft.flatMap(StoredDraft::finalFiguresJson).flatMap(ReportSnapshot::fromJson),
                    draft.map(StoredDraft::needsReexport).orElse(false),
                    lateReplies.count(year))
                    .withUndatedReplies(factsRepository.carriedOutWithoutReplyDate(year))
                    .withAppDrafts(this::draftOf);
            Report.ExportState state = new Report.ExportState(draft.map(StoredDraft::finalExportedAt).orElse(null),
                    yearLocks.isLocked(year), draft.map(StoredDraft::needsReexport).orElse(false));
            return new Report(year, settings.current().reportOrganName(), tables, narrative, ReportChecks.run(input), state);
        });
    }

    /** The raw SQL aggregation of the year for its format: the floor the benchmark compares {@link #build} with. */
    public LedgerFigures aggregate(int year) {
        ReportFormat format = ReportFormats.forYear(year);
        return ledgers.ledgerFigures(year, RegisterMeasures.of(format));
    }

    /** Only the tables of {@code year}, in {@code format}: the aggregation queries and their arrangement. */
    public ReportTables tables(int year, ReportFormat format) {
        return ReportTableBuilder.build(year, format, ledgers.ledgerFigures(year, RegisterMeasures.of(format)));
    }

    /** The records behind one cell (req~report.traceable~1): exactly as many as the cell's figure. */
    public EvidenceList evidence(int year, CellRef cell, int limit) {
        ReportFormat format = ReportFormats.forYear(year);
        switch (cell.table()) {
            case REQUESTS: {
                RequestRowDef row = format.requestRow(cell.row())
                        .orElseThrow(() -> new IllegalArgumentException("No table-三 row " + cell.row()));
                Optional<ApplicantKind> kind = ReportFormat.applicantKind(cell.column());
                return ledgers.requestsBehind(row.selector(), kind, year, limit);
            }
            case REVIEWS:
                return ledgers.reviewCasesBehind(ReviewColumns.kindOf(cell.column()),
                        Optional.ofNullable(ReviewColumns.resultOf(cell.column())), year, limit);
            default: {
                Measure m = format.measure(cell).orElseThrow(() -> new IllegalArgumentException("No table-二 cell " + cell));
                if (m.fromRegister()) {
                    return ledgers.documentsBehind(m.source(), m.docType(), year, limit);
                }
                return EvidenceList.of(ledgers.statistics(year).map(s -> List.of(new Evidence(Evidence.Kind.STATISTICS, year,
                        year + "年度统计表", format.describe(cell), s.year() + "",
                        s.sourceNote() == null || s.sourceNote().isBlank() ? "来源未注明" : "来源：" + s.sourceNote())))
                        .orElse(List.of()));
            }
        }
    }

    /** The year's facts besides the tables (documents published, interpretations, late answers, fees, plan). */
    public YearFacts facts(int year) {
        return transactions.inTransaction(() -> factsRepository.facts(year));
    }

    public Optional<StoredDraft> draft(int year) {
        return drafts.find(year);
    }

    /** 「生成初稿」: sections 一, 五 and 六 written from the year's data; not stored until the user saves. */
    public Narrative generateDraft(int year) {
        return transactions.inTransaction(() -> draftOf(year));
    }

    private Narrative draftOf(int year) {
        ReportFormat format = ReportFormats.forYear(year);
        return NarrativeDraft.write(new NarrativeDraft.Input(
                settings.current().reportOrganName(),
                ledgers.ledgerFigures(year, RegisterMeasures.ALL),
                tables(year, format),
                tables(year - 1, format),
                factsRepository.hasRequestsUpTo(year - 1),
                factsRepository.facts(year).withAnsweredLate(lateReplies.count(year))));
    }

    /** Stores the narrative of a year that is not locked, with one audit line per changed section. */
    public void saveNarrative(int year, Narrative narrative, boolean generated) {
        yearLocks.requireOpen(year, "年度报告正文");
        String now = now();
        transactions.inTransaction(() -> {
            Narrative before = drafts.find(year).map(StoredDraft::narrative).orElse(Narrative.EMPTY);
            drafts.saveNarrative(year, narrative, now, generated ? now : null);
            audit.recordFieldChanges("report_draft", year, sections(before), sections(narrative));
        });
    }

    /**
     * req~report.final-export~1: after the final file is written, the year is locked, the export time and
     * the published figures are stored, and the export is audited — all in one transaction.
     */
    public void recordFinalExport(ReportTables tables, String fileName, String sha256) {
        int year = tables.year();
        String now = now();
        transactions.inTransaction(() -> {
            yearLocks.recordFinalExport(year, fileName, sha256);
            drafts.markFinal(year, now, ReportSnapshot.toJson(tables));
            audit.record("report_draft", (long) year, AuditEntry.Action.EXPORT, "年度报告定稿导出：" + fileName);
        });
    }

    /** Reopens a locked year: explicit, with a reason, audited; the report must then be exported again. */
    public void unlock(int year, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationError.of("reason", "请填写解除锁定的原因（将记入操作记录）。");
        }
        if (!yearLocks.isLocked(year)) {
            throw new UserError(year + "年度未锁定，无需解除。");
        }
        transactions.inTransaction(() -> {
            yearLocks.unlock(year, reason.strip());
            drafts.markNeedsReexport(year, now());
        });
    }

    /** The years the year selector offers. */
    public List<Integer> years() {
        return factsRepository.yearsWithData();
    }

    /** Requests received per month, this year and last, for the chart. */
    public long[][] receivedPerMonth(int year) {
        return transactions.inTransaction(() -> new long[][] {
            factsRepository.receivedPerMonth(year), factsRepository.receivedPerMonth(year - 1)});
    }

    /** Tables of the year before in this year's format, for the year-on-year chart. */
    public ReportTables previousYearTables(int year) {
        return tables(year - 1, ReportFormats.forYear(year));
    }

    /** Documents that became 已失效 in the year, per table-二 row whose stock is 现行有效件数. */
    private static Map<String, Long> expiredInYear(ReportFormat format, LedgerFigures figures) {
        Map<String, Long> expired = new LinkedHashMap<>();
        for (StockContinuity rule : format.continuity()) {
            format.measure(CellRef.activeDisclosure(rule.row(), rule.stockColumn()))
                    .filter(m -> m.source() == Measure.Source.DOCUMENTS_IN_FORCE)
                    .ifPresent(m -> expired.put(rule.row(), figures.documents(m.docType(), Measure.Source.DOCUMENTS_EXPIRED)));
        }
        return expired;
    }

    private static Map<String, String> sections(Narrative n) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("section_overview", n.overview());
        m.put("section_problems", n.problems());
        m.put("section_other", n.otherMatters());
        return m;
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
