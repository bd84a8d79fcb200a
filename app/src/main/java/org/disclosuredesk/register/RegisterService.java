// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.disclosuredesk.calendar.CalendarChangeListener;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.calendar.DueDateChange;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.YearLocks;

/**
 * The 主动公开台账: entering, changing and abolishing documents with the register's checks, the
 * register's views and search, attachments, and the table-二 figures the annual report prints.
 */
public final class RegisterService implements CalendarChangeListener {

    public static final String ENTITY = "document";
    static final String WHAT = "主动公开台账中的文件";
    private static final int IMPORT_CHUNK = 2_000;

    private final RegisterRepository repository;
    private final YearlyStatisticsService yearlyStatistics;
    private final AttachmentStore attachments;
    private final Transactions transactions;
    private final CalendarSource calendar;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final YearLocks yearLocks;
    private final Clock clock;
    private final StoredDeadlines deadlines;

    public RegisterService(RegisterRepository repository, YearlyStatisticsService yearlyStatistics, AttachmentStore attachments,
            Transactions transactions, CalendarSource calendar, SettingsService settings, AuditTrail audit,
            YearLocks yearLocks, Clock clock) {
        this.repository = repository;
        this.yearlyStatistics = yearlyStatistics;
        this.attachments = attachments;
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.yearLocks = yearLocks;
        this.clock = clock;
        this.deadlines = new StoredDeadlines(repository, calendar, settings);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public IndexNumberPattern indexPattern() {
        return IndexNumberPattern.of(settings.current().indexNumberPattern());
    }

    // ---- entering and changing

    /** Checks and stores a new entry; returns its id. Duplicate 文号 or 索引号 are refused naming the stored entry. */
    public long create(DocumentDraft draft) {
        DocumentDraft d = DocumentRules.check(draft, indexPattern());
        return transactions.inTransaction(() -> {
            yearLocks.requireOpen(d.writtenOn().getYear(), WHAT);
            yearLocks.requireUnchangedInLockedYears(y -> null, y -> DocumentYearFigures.of(d, y), WHAT);
            refuseDuplicates(d, null);
            requireLinks(d, null);
            long id = repository.insert(deadlines.computer().newDocument(d, ""), now());
            audit.recordChange(ENTITY, id, null, d.toString(), "登记文件" + DocumentRef.of(id, d).describe());
            return id;
        });
    }

    public void update(long id, DocumentDraft draft) {
        // An index number kept as it was stays valid even if the office has since changed its format.
        String storedIndex = require(id).document().indexNumber();
        boolean sameIndex = IndexNumberPattern.normalise(draft.indexNumber()).equals(storedIndex == null ? "" : storedIndex);
        DocumentDraft d = DocumentRules.check(draft, sameIndex ? IndexNumberPattern.of("") : indexPattern());
        transactions.inTransaction(() -> {
            RegisterEntry before = require(id);
            requireYearsOpen(before.document(), d);
            refuseDuplicates(d, id);
            requireLinks(d, id);
            StoredDeadlines.Computer computer = deadlines.computer();
            repository.update(id, d, computer.publishDueOn(d), computer.interpretationDueOn(d), now());
            audit.recordFieldChanges(ENTITY, id, fields(before.document()), fields(d));
        });
    }

    /**
     * Abolishes an entry (有效性 → 已废止) on a date, naming the replacing document if there is one. The
     * date is required: it decides the year whose 本年废止件数 counts the document.
     */
    // [impl->req~register.abolish~1]
    public void abolish(long id, LocalDate abolishedOn, Long replacedById) {
        if (abolishedOn == null) {
            throw ValidationError.of("validityChangedOn", "请填写废止日期：它决定该文件计入哪一年的“本年废止件数”。");
        }
        transactions.inTransaction(() -> {
            RegisterEntry before = require(id);
            DocumentDraft d = DocumentRules.check(before.document().toBuilder().validity(Validity.ABOLISHED)
                    .validityChangedOn(abolishedOn).replacedById(replacedById).build(), IndexNumberPattern.of(""));
            yearLocks.requireOpen(abolishedOn.getYear(), WHAT);
            yearLocks.requireUnchangedInLockedYears(y -> DocumentYearFigures.of(before.document(), y),
                    y -> DocumentYearFigures.of(d, y), WHAT);
            requireLinks(d, id);
            StoredDeadlines.Computer computer = deadlines.computer();
            repository.update(id, d, computer.publishDueOn(d), computer.interpretationDueOn(d), now());
            audit.recordFieldChanges(ENTITY, id, fields(before.document()), fields(d));
        });
    }

    public void delete(long id) {
        List<Attachment> files = transactions.inTransaction(() -> {
            RegisterEntry before = require(id);
            yearLocks.requireOpen(before.document().writtenOn().getYear(), WHAT);
            yearLocks.requireUnchangedInLockedYears(y -> DocumentYearFigures.of(before.document(), y), y -> null, WHAT);
            List<Attachment> list = repository.attachments(id);
            repository.delete(id);
            audit.record(ENTITY, id, AuditEntry.Action.DELETE, "删除文件" + before.ref().describe());
            return list;
        });
        files.forEach(a -> attachments.delete(a.storedPath()));
    }

    // ---- reading

    public Optional<DocumentDetails> details(long id) {
        return repository.find(id).map(e -> new DocumentDetails(withFlags(e), repository.attachments(id),
                Optional.ofNullable(e.document().replacedById()).flatMap(repository::findRef),
                Optional.ofNullable(e.document().interpretationDocumentId()).flatMap(repository::findRef)));
    }

    public RegisterPage page(RegisterQuery query, RegisterPage.PageCursor after, int limit) {
        LocalDate today = today();
        List<RegisterEntry> rows = repository.page(query, today, after, limit + 1);
        boolean more = rows.size() > limit;
        List<RegisterEntry> shown = new ArrayList<>(Math.min(rows.size(), limit));
        WorkCalendar cal = calendar.current();
        for (RegisterEntry e : rows.subList(0, Math.min(rows.size(), limit))) {
            shown.add(withFlags(e, cal, today));
        }
        RegisterEntry last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new RegisterPage(shown, more ? new RegisterPage.PageCursor(last.document().writtenOn().toString(), last.id()) : null);
    }

    public int count(RegisterQuery query) {
        return repository.count(query, today());
    }

    /** Every entry of a view, in the view's order, with its flags (exports, the command line). */
    public void forEach(RegisterQuery query, Consumer<RegisterEntry> action) {
        LocalDate today = today();
        WorkCalendar cal = calendar.current();
        repository.forEach(query, today, e -> action.accept(withFlags(e, cal, today)));
    }

    public List<RegisterEntry> list(RegisterQuery query) {
        List<RegisterEntry> all = new ArrayList<>();
        forEach(query, all::add);
        return all;
    }

    /** Entries to pick as a replacing document or a linked 解读: by 文号 or 索引号 prefix, or title words. */
    public List<DocumentRef> lookup(String text, int limit) {
        return text == null || text.isBlank() ? List.of() : repository.lookup(text, limit);
    }

    /**
     * Table 二 of the annual report for a year: 规章 and 行政规范性文件 counted from the register (see
     * {@link TableTwoMeasure} for what each column counts), the other rows from the yearly form.
     */
    // [impl->req~register.table-two~1]
    public TableTwoFigures tableTwo(int year) {
        return new TableTwoFigures(year, row(DocType.RULE, year), row(DocType.NORMATIVE_DOCUMENT, year),
                yearlyStatistics.forYear(year));
    }

    /** The next free index number of the year in the office's format, if the format has a serial. */
    public Optional<String> proposeIndexNumber(int year) {
        IndexNumberPattern pattern = indexPattern();
        if (!pattern.canPropose()) {
            return Optional.empty();
        }
        int last = repository.lastIndexNumberStartingWith(pattern.prefixFor(year)).flatMap(pattern::serialOf).orElse(0);
        return Optional.of(pattern.format(year, last + 1));
    }

    // ---- attachments

    /** Copies a file into the data folder, attaches it, and adds its text to what search finds. */
    // [impl->req~register.attachments~1]
    public Attachment addAttachment(long documentId, Path file) {
        RegisterEntry entry = require(documentId);
        yearLocks.requireOpen(entry.document().writtenOn().getYear(), WHAT);
        AttachmentStore.StoredFile stored = attachments.copyIn(file, entry.document().writtenOn().getYear(), documentId);
        String text = BodyText.extract(attachments.resolve(stored.storedPath()));
        try {
            return transactions.inTransaction(() -> {
                String now = now();
                long id = repository.insertAttachment(documentId, stored.fileName(), stored.storedPath(), stored.sha256(),
                        stored.sizeBytes(), now);
                if (!text.isEmpty()) {
                    String body = repository.bodyText(documentId);
                    repository.setBodyText(documentId, body.isEmpty() ? text : body + "\n" + text);
                }
                audit.record(ENTITY, documentId, AuditEntry.Action.UPDATE, "添加附件“" + stored.fileName() + "”");
                return new Attachment(id, documentId, stored.fileName(), stored.storedPath(), stored.sha256(), stored.sizeBytes(), now);
            });
        } catch (RuntimeException e) {
            attachments.delete(stored.storedPath());
            throw e;
        }
    }

    public void removeAttachment(long documentId, long attachmentId) {
        RegisterEntry entry = require(documentId);
        Attachment gone = repository.attachments(documentId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new UserError("该附件已不存在，请刷新。"));
        transactions.inTransaction(() -> {
            yearLocks.requireOpen(entry.document().writtenOn().getYear(), WHAT);
            repository.deleteAttachment(attachmentId);
            StringBuilder body = new StringBuilder();
            for (Attachment a : repository.attachments(documentId)) {
                String text = BodyText.extract(attachments.resolve(a.storedPath()));
                if (!text.isEmpty()) {
                    body.append(body.length() == 0 ? "" : "\n").append(text);
                }
            }
            repository.setBodyText(documentId, body.toString());
            audit.record(ENTITY, documentId, AuditEntry.Action.UPDATE, "删除附件“" + gone.fileName() + "”");
        });
        attachments.delete(gone.storedPath());
    }

    /** Where the office's copy of an attachment is, to open it. */
    public Path attachmentFile(Attachment a) {
        return attachments.resolve(a.storedPath());
    }

    // ---- many at once (import, demo, benchmark)

    /** The stored entries among these 文号 (already normalised), by 文号. */
    public Map<String, DocumentRef> existingDocNumbers(Collection<String> docNumbers) {
        return repository.byDocNumbers(docNumbers);
    }

    public Map<String, DocumentRef> existingIndexNumbers(Collection<String> indexNumbers) {
        return repository.byIndexNumbers(indexNumbers);
    }

    /**
     * Stores checked drafts in one transaction: all or none. Each draft was checked by
     * {@link DocumentRules}; duplicates and locked years are checked again here, inside the transaction.
     */
    public int insertAll(List<DocumentDraft> drafts, String source, BackgroundTask.Progress progress) {
        return insertAll(drafts, d -> "", source, progress);
    }

    /** As {@link #insertAll(List, String, BackgroundTask.Progress)}, with each document's searchable body text. */
    public int insertAll(List<DocumentDraft> drafts, java.util.function.Function<DocumentDraft, String> bodyText, String source,
            BackgroundTask.Progress progress) {
        return insertStreamed(drafts.size(), drafts::forEach, bodyText, source, progress);
    }

    /**
     * As {@link #insertAll(List, String, BackgroundTask.Progress)} for drafts streamed from a file, so a
     * 100,000-row import never holds its rows in memory: {@code drafts} hands each one over, in one
     * transaction; a locked year or a duplicate met half-way rolls back everything.
     */
    public int insertStreamed(int expected, java.util.function.Consumer<java.util.function.Consumer<DocumentDraft>> drafts,
            java.util.function.Function<DocumentDraft, String> bodyText, String source, BackgroundTask.Progress progress) {
        return transactions.inTransaction(() -> {
            java.util.Set<Integer> years = new TreeSet<>();
            // A document dated in an earlier year can still move a locked year's figures (废止, 现行有效).
            List<Integer> locked = yearLocks.lockedYears();
            StoredDeadlines.Computer computer = deadlines.computer();
            String now = now();
            List<RegisterRepository.NewDocument> chunk = new ArrayList<>(IMPORT_CHUNK);
            int[] done = {0};
            drafts.accept(d -> {
                if (years.add(d.writtenOn().getYear())) {
                    yearLocks.requireOpen(d.writtenOn().getYear(), WHAT);
                }
                if (!locked.isEmpty()) {
                    yearLocks.requireUnchangedIn(locked, y -> null, y -> DocumentYearFigures.of(d, y), WHAT);
                }
                chunk.add(computer.newDocument(d, bodyText.apply(d)));
                if (chunk.size() == IMPORT_CHUNK) {
                    done[0] += store(chunk, now);
                    progress.update(done[0], expected, "已写入 " + done[0] + " 条");
                    if (progress.isCancelled()) {
                        throw new UserError("已取消导入，台账没有改动。");
                    }
                }
            });
            done[0] += store(chunk, now);
            progress.update(done[0], expected, "已写入 " + done[0] + " 条");
            audit.record(ENTITY, null, AuditEntry.Action.IMPORT, "导入 " + done[0] + " 条文件（来源：" + source + "）");
            return done[0];
        });
    }

    private int store(List<RegisterRepository.NewDocument> chunk, String now) {
        List<String> numbers = chunk.stream().map(n -> n.draft().docNumber()).filter(Objects::nonNull).toList();
        List<String> indexes = chunk.stream().map(n -> n.draft().indexNumber()).filter(Objects::nonNull).toList();
        Map<String, DocumentRef> taken = repository.byDocNumbers(numbers);
        if (!taken.isEmpty()) {
            Map.Entry<String, DocumentRef> e = taken.entrySet().iterator().next();
            throw new UserError("文号“" + e.getKey() + "”已登记：" + e.getValue().describe() + "。导入已取消，台账没有改动。");
        }
        Map<String, DocumentRef> takenIndex = repository.byIndexNumbers(indexes);
        if (!takenIndex.isEmpty()) {
            Map.Entry<String, DocumentRef> e = takenIndex.entrySet().iterator().next();
            throw new UserError("索引号“" + e.getKey() + "”已登记：" + e.getValue().describe() + "。导入已取消，台账没有改动。");
        }
        repository.insertAll(chunk, now);
        int n = chunk.size();
        chunk.clear();
        return n;
    }

    // ---- deadlines and the calendar

    /** Recomputes stored deadlines if the calendar or the 解读 setting changed since they were computed. */
    public boolean refreshDeadlinesIfStale() {
        if (!deadlines.stale()) {
            return false;
        }
        transactions.inTransaction(() -> deadlines.recomputeAll(calendar.current()));
        return true;
    }

    /** A saved holiday notice moves every deadline after it; called inside the calendar's transaction. */
    @Override
    // [impl->req~register.deadline-recompute~1]
    public List<DueDateChange> calendarChanged(WorkCalendar updated) {
        deadlines.recomputeAll(updated);
        return List.of();
    }

    /** For a register filled in bulk with the current calendar (the benchmark): its deadlines are current. */
    public void markDeadlinesCurrent() {
        deadlines.markCurrent();
    }

    // ---- helpers

    private TableTwoFigures.Row row(DocType type, int year) {
        return new TableTwoFigures.Row(type, repository.countFigure(type, TableTwoMeasure.MADE, year),
                repository.countFigure(type, TableTwoMeasure.ABOLISHED, year),
                repository.countFigure(type, TableTwoMeasure.IN_FORCE, year));
    }

    private RegisterEntry require(long id) {
        return repository.find(id).orElseThrow(() -> new UserError("台账第 " + id + " 条文件不存在（可能已被删除），请刷新。"));
    }

    private RegisterEntry withFlags(RegisterEntry e) {
        return withFlags(e, calendar.current(), today());
    }

    private static RegisterEntry withFlags(RegisterEntry e, WorkCalendar cal, LocalDate today) {
        DocumentDraft d = e.document();
        return e.withFlags(DocumentFlags.of(cal, today, d.attribute(), d.docType(), d.publishedOn(), e.publishDueOn(),
                d.interpretationPublishedOn(), e.interpretationDueOn()));
    }

    // [impl->req~register.duplicates~1]
    private void refuseDuplicates(DocumentDraft d, Long self) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (d.docNumber() != null) {
            repository.findByDocNumber(d.docNumber()).filter(r -> !Long.valueOf(r.id()).equals(self)).ifPresent(r ->
                    problems.add(new ValidationError.Problem("docNumber", "文号“" + d.docNumber() + "”已登记：" + r.describe() + "。")));
        }
        if (d.indexNumber() != null) {
            repository.findByIndexNumber(d.indexNumber()).filter(r -> !Long.valueOf(r.id()).equals(self)).ifPresent(r ->
                    problems.add(new ValidationError.Problem("indexNumber", "索引号“" + d.indexNumber() + "”已登记：" + r.describe() + "。")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }

    private void requireLinks(DocumentDraft d, Long self) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (d.replacedById() != null) {
            if (d.replacedById().equals(self)) {
                problems.add(new ValidationError.Problem("replacedById", "替代文件不能是该文件本身。"));
            } else if (repository.findRef(d.replacedById()).isEmpty()) {
                problems.add(new ValidationError.Problem("replacedById", "替代文件（台账第 " + d.replacedById() + " 条）不存在。"));
            }
        }
        if (d.interpretationDocumentId() != null) {
            if (d.interpretationDocumentId().equals(self)) {
                problems.add(new ValidationError.Problem("interpretationDocumentId", "解读文件不能是该文件本身。"));
            } else if (repository.findRef(d.interpretationDocumentId()).isEmpty()) {
                problems.add(new ValidationError.Problem("interpretationDocumentId",
                        "解读文件（台账第 " + d.interpretationDocumentId() + " 条）不存在。"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }

    /**
     * A change to what a document is locks with the year it was made; a change of 有效性 alone (abolishing
     * a 2023 document in 2025) touches only the years of the old and new change dates.
     */
    // [impl->req~register.year-lock~1]
    private void requireYearsOpen(DocumentDraft before, DocumentDraft after) {
        yearLocks.requireUnchangedInLockedYears(y -> DocumentYearFigures.of(before, y), y -> DocumentYearFigures.of(after, y), WHAT);
        DocumentDraft beforeSameValidity = before.toBuilder().validity(after.validity()).validityChangedOn(after.validityChangedOn())
                .replacedById(after.replacedById()).build();
        if (!beforeSameValidity.equals(after)) {
            yearLocks.requireOpen(before.writtenOn().getYear(), WHAT);
            yearLocks.requireOpen(after.writtenOn().getYear(), WHAT);
        }
        if (before.validity() != after.validity() || !Objects.equals(before.validityChangedOn(), after.validityChangedOn())) {
            if (before.validityChangedOn() != null) {
                yearLocks.requireOpen(before.validityChangedOn().getYear(), WHAT);
            }
            if (after.validityChangedOn() != null) {
                yearLocks.requireOpen(after.validityChangedOn().getYear(), WHAT);
            }
        }
    }

    /**
     * The document's fields under their stored names (snake_case), 公开方式 as the stored list of codes: what the
     * audit trail compares, and what `register list --json` prints (with the channels' labels).
     */
    public static Map<String, Object> fields(DocumentDraft d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("index_number", d.indexNumber());
        m.put("doc_number", d.docNumber());
        m.put("title", d.title());
        m.put("issuing_organ", d.issuingOrgan());
        m.put("written_on", d.writtenOn());
        m.put("published_on", d.publishedOn());
        m.put("disclosure_attribute", d.attribute().label());
        m.put("non_disclosure_reason", d.nonDisclosureReason());
        m.put("channels", RegisterRepository.channelsJson(d.channels()));
        m.put("category", d.category());
        m.put("doc_type", d.docType().label());
        m.put("validity", d.validity().label());
        m.put("validity_changed_on", d.validityChangedOn());
        m.put("replaced_by_id", d.replacedById());
        m.put("interpretation_title", d.interpretationTitle());
        m.put("interpretation_published_on", d.interpretationPublishedOn());
        m.put("interpretation_document_id", d.interpretationDocumentId());
        m.put("secrecy_reviewer", d.secrecyReviewer());
        m.put("secrecy_reviewed_on", d.secrecyReviewedOn());
        m.put("secrecy_result", d.secrecyResult() == null ? null : d.secrecyResult().label());
        return m;
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
