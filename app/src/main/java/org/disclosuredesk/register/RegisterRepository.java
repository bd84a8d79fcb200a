// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.db.jooq.Tables.DOCUMENT;
import static org.disclosuredesk.db.jooq.Tables.DOCUMENT_ATTACHMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.disclosuredesk.db.jooq.tables.records.DocumentRecord;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The 主动公开台账 in SQLite: entries, the FTS5 search, the table-二 counts and the stored deadlines. */
public final class RegisterRepository {

    private static final Table<?> FTS = DSL.table(DSL.name("document_fts"));
    private static final Field<Integer> FTS_ROWID = DSL.field(DSL.name("document_fts", "rowid"), Integer.class);
    private static final Field<String> PUBLISH_DUE_ON = DOCUMENT.PUBLISH_DUE_ON;
    private static final Field<String> INTERPRETATION_DUE_ON = DOCUMENT.INTERPRETATION_DUE_ON;
    private static final Field<Integer> ATTACHMENTS = DSL.field(DSL.selectCount().from(DOCUMENT_ATTACHMENT)
            .where(DOCUMENT_ATTACHMENT.DOCUMENT_ID.eq(DOCUMENT.ID))).as("attachments");
    private static final List<String> ENDED = List.of(Validity.ABOLISHED.code(), Validity.EXPIRED.code());

    private final DSLContext dsl;

    public RegisterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A document ready to store: the checked draft, its deadlines and the text of its attachments. */
    public record NewDocument(DocumentDraft draft, LocalDate publishDueOn, LocalDate interpretationDueOn, String bodyText) {
    }

    public long insert(NewDocument d, String now) {
        DocumentRecord r = dsl.newRecord(DOCUMENT);
        fill(r, d.draft());
        r.setPublishDueOn(text(d.publishDueOn()));
        r.setInterpretationDueOn(text(d.interpretationDueOn()));
        r.setBodyText(d.bodyText() == null ? "" : d.bodyText());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        return dsl.insertInto(DOCUMENT).set(r).returning(DOCUMENT.ID).fetchOne(DOCUMENT.ID);
    }

    /** Many documents in one prepared statement, for imports and the benchmark; run inside a transaction. */
    public void insertAll(List<NewDocument> documents, String now) {
        if (documents.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(DOCUMENT, DOCUMENT.INDEX_NUMBER, DOCUMENT.DOC_NUMBER, DOCUMENT.TITLE,
                DOCUMENT.ISSUING_ORGAN, DOCUMENT.WRITTEN_ON, DOCUMENT.PUBLISHED_ON, DOCUMENT.DISCLOSURE_ATTRIBUTE,
                DOCUMENT.NON_DISCLOSURE_REASON, DOCUMENT.CHANNELS, DOCUMENT.CATEGORY, DOCUMENT.DOC_TYPE, DOCUMENT.VALIDITY,
                DOCUMENT.VALIDITY_CHANGED_ON, DOCUMENT.REPLACED_BY_ID, DOCUMENT.INTERPRETATION_TITLE,
                DOCUMENT.INTERPRETATION_PUBLISHED_ON, DOCUMENT.INTERPRETATION_DOCUMENT_ID, DOCUMENT.SECRECY_REVIEWER,
                DOCUMENT.SECRECY_REVIEWED_ON, DOCUMENT.SECRECY_RESULT, DOCUMENT.BODY_TEXT, PUBLISH_DUE_ON,
                INTERPRETATION_DUE_ON, DOCUMENT.CREATED_AT, DOCUMENT.UPDATED_AT)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null));
        for (NewDocument n : documents) {
            DocumentDraft d = n.draft();
            batch.bind(d.indexNumber(), d.docNumber(), d.title(), d.issuingOrgan(), text(d.writtenOn()), text(d.publishedOn()),
                    d.attribute().code(), d.nonDisclosureReason(), channelsJson(d.channels()), d.category(),
                    d.docType().code(), d.validity().code(), text(d.validityChangedOn()), intId(d.replacedById()),
                    d.interpretationTitle(), text(d.interpretationPublishedOn()), intId(d.interpretationDocumentId()),
                    d.secrecyReviewer(), text(d.secrecyReviewedOn()), d.secrecyResult() == null ? null : d.secrecyResult().code(),
                    n.bodyText() == null ? "" : n.bodyText(), text(n.publishDueOn()), text(n.interpretationDueOn()), now, now);
        }
        batch.execute();
    }

    public void update(long id, DocumentDraft d, LocalDate publishDueOn, LocalDate interpretationDueOn, String now) {
        DocumentRecord r = dsl.fetchOne(DOCUMENT, DOCUMENT.ID.eq((int) id));
        if (r == null) {
            throw new IllegalStateException("document " + id + " does not exist");
        }
        fill(r, d);
        r.setPublishDueOn(text(publishDueOn));
        r.setInterpretationDueOn(text(interpretationDueOn));
        r.setUpdatedAt(now);
        r.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq((int) id)).execute();
    }

    public void setBodyText(long id, String bodyText) {
        dsl.update(DOCUMENT).set(DOCUMENT.BODY_TEXT, bodyText).where(DOCUMENT.ID.eq((int) id)).execute();
    }

    public String bodyText(long id) {
        return dsl.select(DOCUMENT.BODY_TEXT).from(DOCUMENT).where(DOCUMENT.ID.eq((int) id)).fetchOne(DOCUMENT.BODY_TEXT);
    }

    public Optional<RegisterEntry> find(long id) {
        return dsl.select(entryFields()).from(DOCUMENT).where(DOCUMENT.ID.eq((int) id)).fetchOptional(RegisterRepository::entry);
    }

    public Optional<DocumentRef> findRef(long id) {
        return dsl.select(refFields()).from(DOCUMENT).where(DOCUMENT.ID.eq((int) id)).fetchOptional(RegisterRepository::ref);
    }

    public Optional<DocumentRef> findByDocNumber(String docNumber) {
        return dsl.select(refFields()).from(DOCUMENT).where(DOCUMENT.DOC_NUMBER.eq(docNumber)).fetchOptional(RegisterRepository::ref);
    }

    public Optional<DocumentRef> findByIndexNumber(String indexNumber) {
        return dsl.select(refFields()).from(DOCUMENT).where(DOCUMENT.INDEX_NUMBER.eq(indexNumber)).fetchOptional(RegisterRepository::ref);
    }

    /** The stored entries among these 文号, by 文号 (one query, for imports). */
    public Map<String, DocumentRef> byDocNumbers(Collection<String> docNumbers) {
        Map<String, DocumentRef> found = new HashMap<>();
        dsl.select(refFields()).from(DOCUMENT).where(DOCUMENT.DOC_NUMBER.in(docNumbers))
                .forEach(r -> found.put(r.get(DOCUMENT.DOC_NUMBER), ref(r)));
        return found;
    }

    public Map<String, DocumentRef> byIndexNumbers(Collection<String> indexNumbers) {
        Map<String, DocumentRef> found = new HashMap<>();
        dsl.select(refFields()).from(DOCUMENT).where(DOCUMENT.INDEX_NUMBER.in(indexNumbers))
                .forEach(r -> found.put(r.get(DOCUMENT.INDEX_NUMBER), ref(r)));
        return found;
    }

    /** Entries whose 文号 or 索引号 starts with the text, or whose title contains it: for picking a linked document. */
    public List<DocumentRef> lookup(String text, int limit) {
        String t = text.strip();
        return dsl.select(refFields()).from(DOCUMENT)
                .where(DOCUMENT.DOC_NUMBER.startsWith(t).or(DOCUMENT.INDEX_NUMBER.startsWith(t)).or(DOCUMENT.TITLE.contains(t)))
                .orderBy(DOCUMENT.WRITTEN_ON.desc(), DOCUMENT.ID.desc())
                .limit(limit)
                .fetch(RegisterRepository::ref);
    }

    /** The index number with the highest serial among those starting with {@code prefix}. */
    public Optional<String> lastIndexNumberStartingWith(String prefix) {
        return dsl.select(DOCUMENT.INDEX_NUMBER).from(DOCUMENT).where(DOCUMENT.INDEX_NUMBER.startsWith(prefix))
                .orderBy(DSL.length(DOCUMENT.INDEX_NUMBER).desc(), DOCUMENT.INDEX_NUMBER.desc())
                .limit(1)
                .fetchOptional(DOCUMENT.INDEX_NUMBER);
    }

    /**
     * One page of a view. Without search text the order is 成文日期 then id, newest first, read along the
     * 成文日期 index; with search text it is newest entry first, read along the FTS5 index in rowid order,
     * so the first page of a search that matches half the register still needs no sort.
     */
    // [impl->req~register.search~1]
    public List<RegisterEntry> page(RegisterQuery q, LocalDate today, RegisterPage.PageCursor after, int limit) {
        SearchText search = SearchText.of(q.text());
        Condition where = filters(q, today).and(shortWords(search));
        if (!search.indexedWords().isEmpty()) {
            Condition match = matches(search);
            if (after != null) {
                match = match.and(FTS_ROWID.lt((int) after.id()));
            }
            return dsl.select(entryFields()).from(FTS).join(DOCUMENT).on(DOCUMENT.ID.eq(FTS_ROWID))
                    .where(match.and(where))
                    .orderBy(FTS_ROWID.desc())
                    .limit(limit)
                    .fetch(RegisterRepository::entry);
        }
        List<SortField<?>> order = List.of(DOCUMENT.WRITTEN_ON.desc(), DOCUMENT.ID.desc());
        var select = dsl.select(entryFields()).from(DOCUMENT).where(where).orderBy(order);
        return (after == null ? select.limit(limit) : select.seek(after.writtenOn(), (int) after.id()).limit(limit))
                .fetch(RegisterRepository::entry);
    }

    public int count(RegisterQuery q, LocalDate today) {
        SearchText search = SearchText.of(q.text());
        Condition where = filters(q, today).and(shortWords(search));
        if (!search.indexedWords().isEmpty()) {
            return dsl.fetchCount(dsl.select(DOCUMENT.ID).from(FTS).join(DOCUMENT).on(DOCUMENT.ID.eq(FTS_ROWID))
                    .where(matches(search).and(where)));
        }
        return dsl.fetchCount(DOCUMENT, where);
    }

    /** Every entry of a view in the view's order, one at a time (exports of any size). */
    public void forEach(RegisterQuery q, LocalDate today, Consumer<RegisterEntry> action) {
        SearchText search = SearchText.of(q.text());
        Condition where = filters(q, today).and(shortWords(search));
        var select = search.indexedWords().isEmpty()
                ? dsl.select(entryFields()).from(DOCUMENT).where(where).orderBy(DOCUMENT.WRITTEN_ON.desc(), DOCUMENT.ID.desc())
                : dsl.select(entryFields()).from(FTS).join(DOCUMENT).on(DOCUMENT.ID.eq(FTS_ROWID)).where(matches(search).and(where))
                        .orderBy(FTS_ROWID.desc());
        try (Cursor<Record> cursor = select.fetchSize(500).fetchLazy()) {
            for (Record r : cursor) {
                action.accept(entry(r));
            }
        }
    }

    /** A table-二 figure: the number of documents of the type behind it in the year. */
    public int countFigure(DocType type, TableTwoMeasure measure, int year) {
        return dsl.fetchCount(DOCUMENT, DOCUMENT.DOC_TYPE.eq(type.code()).and(measure(measure, year)));
    }

    public List<String> distinctWrittenOn() {
        return dsl.selectDistinct(DOCUMENT.WRITTEN_ON).from(DOCUMENT).fetch(DOCUMENT.WRITTEN_ON);
    }

    public int setPublishDueOn(String writtenOn, LocalDate due) {
        return dsl.update(DOCUMENT).set(PUBLISH_DUE_ON, text(due))
                .where(DOCUMENT.WRITTEN_ON.eq(writtenOn).and(PUBLISH_DUE_ON.isDistinctFrom(text(due)))).execute();
    }

    public List<String> distinctNormativePublishedOn() {
        return dsl.selectDistinct(DOCUMENT.PUBLISHED_ON).from(DOCUMENT)
                .where(DOCUMENT.DOC_TYPE.eq(DocType.NORMATIVE_DOCUMENT.code()).and(DOCUMENT.PUBLISHED_ON.isNotNull()))
                .fetch(DOCUMENT.PUBLISHED_ON);
    }

    public int setInterpretationDueOn(String publishedOn, LocalDate due) {
        return dsl.update(DOCUMENT).set(INTERPRETATION_DUE_ON, text(due))
                .where(DOCUMENT.DOC_TYPE.eq(DocType.NORMATIVE_DOCUMENT.code()).and(DOCUMENT.PUBLISHED_ON.eq(publishedOn))
                        .and(INTERPRETATION_DUE_ON.isDistinctFrom(text(due))))
                .execute();
    }

    public int countAll() {
        return dsl.fetchCount(DOCUMENT);
    }

    // ---- attachments

    public long insertAttachment(long documentId, String fileName, String storedPath, String sha256, long size, String now) {
        return dsl.insertInto(DOCUMENT_ATTACHMENT)
                .set(DOCUMENT_ATTACHMENT.DOCUMENT_ID, (int) documentId)
                .set(DOCUMENT_ATTACHMENT.FILE_NAME, fileName)
                .set(DOCUMENT_ATTACHMENT.STORED_PATH, storedPath)
                .set(DOCUMENT_ATTACHMENT.SHA256, sha256)
                .set(DSL.field(DOCUMENT_ATTACHMENT.SIZE_BYTES.getUnqualifiedName(), Long.class), size)
                .set(DOCUMENT_ATTACHMENT.ADDED_AT, now)
                .returning(DOCUMENT_ATTACHMENT.ID)
                .fetchOne(DOCUMENT_ATTACHMENT.ID);
    }

    public List<Attachment> attachments(long documentId) {
        return dsl.selectFrom(DOCUMENT_ATTACHMENT).where(DOCUMENT_ATTACHMENT.DOCUMENT_ID.eq((int) documentId))
                .orderBy(DOCUMENT_ATTACHMENT.ID)
                .fetch(r -> new Attachment(r.getId(), r.getDocumentId(), r.getFileName(), r.getStoredPath(), r.getSha256(),
                        r.get(DOCUMENT_ATTACHMENT.SIZE_BYTES).longValue(), r.getAddedAt()));
    }

    public void deleteAttachment(long attachmentId) {
        dsl.deleteFrom(DOCUMENT_ATTACHMENT).where(DOCUMENT_ATTACHMENT.ID.eq((int) attachmentId)).execute();
    }

    // ---- conditions

    private static Condition filters(RegisterQuery q, LocalDate today) {
        List<Condition> c = new ArrayList<>();
        if (q.measure() != null && q.year() != null) {
            c.add(measure(q.measure(), q.year()));
        } else if (q.year() != null) {
            c.add(DOCUMENT.WRITTEN_ON.between(q.year() + "-01-01", q.year() + "-12-31"));
        }
        if (q.docType() != null) {
            c.add(DOCUMENT.DOC_TYPE.eq(q.docType().code()));
        }
        if (q.validity() != null) {
            c.add(DOCUMENT.VALIDITY.eq(q.validity().code()));
        }
        if (q.attribute() != null) {
            c.add(DOCUMENT.DISCLOSURE_ATTRIBUTE.eq(q.attribute().code()));
        }
        if (q.lateOnly()) {
            c.add(late(today));
        }
        if (q.missingInterpretationOnly()) {
            c.add(interpretationLate(today));
        }
        return DSL.and(c);
    }

    /** The SQL twin of {@link DocumentFlags#late()}: the list behind a flag holds exactly the flagged rows. */
    private static Condition late(LocalDate today) {
        return DOCUMENT.DISCLOSURE_ATTRIBUTE.eq(DisclosureAttribute.PROACTIVE.code()).and(PUBLISH_DUE_ON.isNotNull())
                .and(DOCUMENT.PUBLISHED_ON.gt(PUBLISH_DUE_ON)
                        .or(DOCUMENT.PUBLISHED_ON.isNull().and(PUBLISH_DUE_ON.lt(today.toString()))));
    }

    /** The SQL twin of {@link DocumentFlags#interpretationOverdue()}. */
    private static Condition interpretationLate(LocalDate today) {
        return DOCUMENT.DOC_TYPE.eq(DocType.NORMATIVE_DOCUMENT.code()).and(DOCUMENT.PUBLISHED_ON.isNotNull())
                .and(INTERPRETATION_DUE_ON.isNotNull())
                .and(DOCUMENT.INTERPRETATION_PUBLISHED_ON.gt(INTERPRETATION_DUE_ON)
                        .or(DOCUMENT.INTERPRETATION_PUBLISHED_ON.isNull().and(INTERPRETATION_DUE_ON.lt(today.toString()))));
    }

    /** One definition per table-二 column, shared by the count and by the list behind it. */
    // [impl->req~register.table-two~1]
    private static Condition measure(TableTwoMeasure measure, int year) {
        String first = year + "-01-01";
        String last = year + "-12-31";
        switch (measure) {
            case MADE:
                return DOCUMENT.WRITTEN_ON.between(first, last);
            case ABOLISHED:
                return DOCUMENT.VALIDITY.eq(Validity.ABOLISHED.code()).and(DOCUMENT.VALIDITY_CHANGED_ON.between(first, last));
            case IN_FORCE:
                return DOCUMENT.WRITTEN_ON.le(last)
                        .andNot(DOCUMENT.VALIDITY.in(ENDED).and(DOCUMENT.VALIDITY_CHANGED_ON.le(last)));
            default:
                throw new IllegalArgumentException(measure.name());
        }
    }

    private static Condition matches(SearchText search) {
        return DSL.condition("{0} MATCH {1}", FTS, DSL.val(search.matchExpression()));
    }

    private static Condition shortWords(SearchText search) {
        List<Condition> c = new ArrayList<>();
        for (String w : search.shortWords()) {
            c.add(DOCUMENT.TITLE.contains(w).or(DOCUMENT.DOC_NUMBER.contains(w)).or(DOCUMENT.ISSUING_ORGAN.contains(w))
                    .or(DOCUMENT.INDEX_NUMBER.contains(w)).or(DOCUMENT.BODY_TEXT.contains(w)));
        }
        return DSL.and(c);
    }

    // ---- mapping

    private static void fill(DocumentRecord r, DocumentDraft d) {
        r.setIndexNumber(d.indexNumber());
        r.setDocNumber(d.docNumber());
        r.setTitle(d.title());
        r.setIssuingOrgan(d.issuingOrgan());
        r.setWrittenOn(text(d.writtenOn()));
        r.setPublishedOn(text(d.publishedOn()));
        r.setDisclosureAttribute(d.attribute().code());
        r.setNonDisclosureReason(d.nonDisclosureReason());
        r.setChannels(channelsJson(d.channels()));
        r.setCategory(d.category());
        r.setDocType(d.docType().code());
        r.setValidity(d.validity().code());
        r.setValidityChangedOn(text(d.validityChangedOn()));
        r.setReplacedById(intId(d.replacedById()));
        r.setInterpretationTitle(d.interpretationTitle());
        r.setInterpretationPublishedOn(text(d.interpretationPublishedOn()));
        r.setInterpretationDocumentId(intId(d.interpretationDocumentId()));
        r.setSecrecyReviewer(d.secrecyReviewer());
        r.setSecrecyReviewedOn(text(d.secrecyReviewedOn()));
        r.setSecrecyResult(d.secrecyResult() == null ? null : d.secrecyResult().code());
    }

    private static List<SelectField<?>> entryFields() {
        return List.of(DOCUMENT.ID, DOCUMENT.INDEX_NUMBER, DOCUMENT.DOC_NUMBER, DOCUMENT.TITLE, DOCUMENT.ISSUING_ORGAN,
                DOCUMENT.WRITTEN_ON, DOCUMENT.PUBLISHED_ON, DOCUMENT.DISCLOSURE_ATTRIBUTE, DOCUMENT.NON_DISCLOSURE_REASON,
                DOCUMENT.CHANNELS, DOCUMENT.CATEGORY, DOCUMENT.DOC_TYPE, DOCUMENT.VALIDITY, DOCUMENT.VALIDITY_CHANGED_ON,
                DOCUMENT.REPLACED_BY_ID, DOCUMENT.INTERPRETATION_TITLE, DOCUMENT.INTERPRETATION_PUBLISHED_ON,
                DOCUMENT.INTERPRETATION_DOCUMENT_ID, DOCUMENT.SECRECY_REVIEWER, DOCUMENT.SECRECY_REVIEWED_ON,
                DOCUMENT.SECRECY_RESULT, PUBLISH_DUE_ON, INTERPRETATION_DUE_ON, ATTACHMENTS);
    }

    private static RegisterEntry entry(Record r) {
        DocumentDraft d = DocumentDraft.builder()
                .indexNumber(r.get(DOCUMENT.INDEX_NUMBER))
                .docNumber(r.get(DOCUMENT.DOC_NUMBER))
                .title(r.get(DOCUMENT.TITLE))
                .issuingOrgan(r.get(DOCUMENT.ISSUING_ORGAN))
                .writtenOn(date(r.get(DOCUMENT.WRITTEN_ON)))
                .publishedOn(date(r.get(DOCUMENT.PUBLISHED_ON)))
                .attribute(DisclosureAttribute.fromCode(r.get(DOCUMENT.DISCLOSURE_ATTRIBUTE)).orElseThrow())
                .nonDisclosureReason(r.get(DOCUMENT.NON_DISCLOSURE_REASON))
                .channels(channels(r.get(DOCUMENT.CHANNELS)))
                .category(r.get(DOCUMENT.CATEGORY))
                .docType(DocType.fromCode(r.get(DOCUMENT.DOC_TYPE)).orElseThrow())
                .validity(Validity.fromCode(r.get(DOCUMENT.VALIDITY)).orElseThrow())
                .validityChangedOn(date(r.get(DOCUMENT.VALIDITY_CHANGED_ON)))
                .replacedById(longId(r.get(DOCUMENT.REPLACED_BY_ID)))
                .interpretationTitle(r.get(DOCUMENT.INTERPRETATION_TITLE))
                .interpretationPublishedOn(date(r.get(DOCUMENT.INTERPRETATION_PUBLISHED_ON)))
                .interpretationDocumentId(longId(r.get(DOCUMENT.INTERPRETATION_DOCUMENT_ID)))
                .secrecyReviewer(r.get(DOCUMENT.SECRECY_REVIEWER))
                .secrecyReviewedOn(date(r.get(DOCUMENT.SECRECY_REVIEWED_ON)))
                .secrecyResult(SecrecyResult.fromCode(r.get(DOCUMENT.SECRECY_RESULT)).orElse(null))
                .build();
        return new RegisterEntry(r.get(DOCUMENT.ID), d, date(r.get(PUBLISH_DUE_ON)), date(r.get(INTERPRETATION_DUE_ON)),
                r.get(ATTACHMENTS), DocumentFlags.NONE);
    }

    private static List<SelectField<?>> refFields() {
        return List.of(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, DOCUMENT.INDEX_NUMBER, DOCUMENT.WRITTEN_ON);
    }

    private static DocumentRef ref(Record r) {
        return new DocumentRef(r.get(DOCUMENT.ID), r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER), r.get(DOCUMENT.INDEX_NUMBER),
                date(r.get(DOCUMENT.WRITTEN_ON)));
    }

    /** 公开方式 are stored as a JSON array of their codes: ["GOVERNMENT_WEBSITE","NEW_MEDIA"] (decision 0008, V13). */
    static String channelsJson(List<PublicationChannel> channels) {
        StringBuilder sb = new StringBuilder("[");
        for (PublicationChannel c : channels) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(c.code()).append('"');
        }
        return sb.append(']').toString();
    }

    static List<PublicationChannel> channels(String json) {
        List<PublicationChannel> list = new ArrayList<>();
        for (String part : json.replaceAll("[\\[\\]\"]", "").split(",")) {
            PublicationChannel.fromCode(part).ifPresent(list::add);
        }
        return list;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Integer intId(Long id) {
        return id == null ? null : Math.toIntExact(id);
    }

    private static Long longId(Integer id) {
        return id == null ? null : id.longValue();
    }
}
