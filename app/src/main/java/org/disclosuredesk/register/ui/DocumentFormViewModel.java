// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.Attachment;
import org.disclosuredesk.register.DocumentDetails;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.IndexNumberPattern;
import org.disclosuredesk.register.DocumentRef;
import org.disclosuredesk.register.DocumentRules;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.register.SecrecyResult;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.FormChanges;
/**
 * The detail panel: one entry's fields as the office types them (dates as text, parsed by
 * {@link DateInput}), saved through the register's checks; problems come back under their fields.
 */
public final class DocumentFormViewModel {

    private final ObjectProperty<Long> id = new SimpleObjectProperty<>();
    private final StringProperty indexNumber = new SimpleStringProperty("");
    private final StringProperty docNumber = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty issuingOrgan = new SimpleStringProperty("");
    private final StringProperty writtenOn = new SimpleStringProperty("");
    private final StringProperty publishedOn = new SimpleStringProperty("");
    private final ObjectProperty<DisclosureAttribute> attribute = new SimpleObjectProperty<>(DisclosureAttribute.PROACTIVE);
    private final StringProperty nonDisclosureReason = new SimpleStringProperty("");
    private final Map<PublicationChannel, BooleanProperty> channels = new EnumMap<>(PublicationChannel.class);
    private final StringProperty category = new SimpleStringProperty("");
    private final ObjectProperty<DocType> docType = new SimpleObjectProperty<>(DocType.OTHER);
    private final ObjectProperty<Validity> validity = new SimpleObjectProperty<>(Validity.IN_FORCE);
    private final StringProperty validityChangedOn = new SimpleStringProperty("");
    private final StringProperty interpretationTitle = new SimpleStringProperty("");
    private final StringProperty interpretationPublishedOn = new SimpleStringProperty("");
    private final StringProperty secrecyReviewer = new SimpleStringProperty("");
    private final StringProperty secrecyReviewedOn = new SimpleStringProperty("");
    private final ObjectProperty<SecrecyResult> secrecyResult = new SimpleObjectProperty<>();

    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty replacedBy = new SimpleStringProperty("");
    private final StringProperty interpretationDocument = new SimpleStringProperty("");
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private FormChanges changes;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final javafx.beans.property.IntegerProperty shown = new javafx.beans.property.SimpleIntegerProperty();

    private final RegisterService service;
    private final TaskExecutor executor;
    private Long replacedById;
    private Long interpretationDocumentId;
    private Consumer<RegisterEntry> onSaved = e -> { };
    private Runnable onDeleted = () -> { };

    public DocumentFormViewModel(RegisterService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        for (PublicationChannel c : PublicationChannel.values()) {
            channels.put(c, new SimpleBooleanProperty());
        }
    }

    // ---- properties (fields first)

    public ReadOnlyObjectProperty<Long> idProperty() {
        return id;
    }

    public StringProperty indexNumberProperty() {
        return indexNumber;
    }

    public StringProperty docNumberProperty() {
        return docNumber;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty issuingOrganProperty() {
        return issuingOrgan;
    }

    public StringProperty writtenOnProperty() {
        return writtenOn;
    }

    public StringProperty publishedOnProperty() {
        return publishedOn;
    }

    public ObjectProperty<DisclosureAttribute> attributeProperty() {
        return attribute;
    }

    public StringProperty nonDisclosureReasonProperty() {
        return nonDisclosureReason;
    }

    public BooleanProperty channelProperty(PublicationChannel c) {
        return channels.get(c);
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public ObjectProperty<DocType> docTypeProperty() {
        return docType;
    }

    public ObjectProperty<Validity> validityProperty() {
        return validity;
    }

    public StringProperty validityChangedOnProperty() {
        return validityChangedOn;
    }

    public StringProperty interpretationTitleProperty() {
        return interpretationTitle;
    }

    public StringProperty interpretationPublishedOnProperty() {
        return interpretationPublishedOn;
    }

    public StringProperty secrecyReviewerProperty() {
        return secrecyReviewer;
    }

    public StringProperty secrecyReviewedOnProperty() {
        return secrecyReviewedOn;
    }

    public ObjectProperty<SecrecyResult> secrecyResultProperty() {
        return secrecyResult;
    }

    /** The deadline and the flags of the stored entry: 「公开时限 2025-03-31 · 公开超期 5 个工作日」. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The replacing document (已废止, 已失效, 已修改), named as the register names it, or empty. */
    public ReadOnlyStringProperty replacedByProperty() {
        return replacedBy;
    }

    /** The register entry that is this document's 政策解读, named, or empty. */
    public ReadOnlyStringProperty interpretationDocumentProperty() {
        return interpretationDocument;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while an entry (new or stored) is in the panel. */
    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** Counts the entries put into the panel (new or loaded): the view moves the cursor to 标题 on each. */
    public javafx.beans.property.ReadOnlyIntegerProperty shownProperty() {
        return shown;
    }

    public void setOnSaved(Consumer<RegisterEntry> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnDeleted(Runnable onDeleted) {
        this.onDeleted = onDeleted;
    }

    // ---- commands

    /** An empty form for a new entry of the year, with the next index number proposed. */
    public void newDocument(int year) {
        show(null, DocumentDraft.builder().issuingOrgan("").channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).build(),
                List.of(), null, null);
        executor.execute(BackgroundTask.wrap(() -> service.proposeIndexNumber(year))
                .onSuccess(p -> p.ifPresent(n -> {
                    if (id.get() == null && indexNumber.get().isEmpty()) {
                        indexNumber.set(n);
                        changes().accept(indexNumber);
                    }
                })));
    }

    public void load(long documentId) {
        executor.execute(BackgroundTask.wrap(() -> service.details(documentId))
                .onRunning(() -> busy.set(true))
                .onSuccess(d -> d.ifPresentOrElse(this::show, () -> message.set(Texts.get("register.form.gone"))))
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void close() {
        open.set(false);
        id.set(null);
        fieldErrors.clear();
        message.set("");
    }

    /** Proposes the next free index number of the 成文日期's year (or this year). */
    public void proposeIndexNumber() {
        int year = DateInput.parseOptional(writtenOn.get(), "").map(LocalDate::getYear).orElse(service.today().getYear());
        executor.execute(BackgroundTask.wrap(() -> service.proposeIndexNumber(year))
                .onSuccess(p -> p.ifPresentOrElse(indexNumber::set, () -> message.set(Texts.get("register.form.noIndexPattern")))));
    }

    public void save() {
        fieldErrors.clear();
        message.set("");
        DocumentDraft draft = draft();
        if (!fieldErrors.isEmpty()) {
            // Every field's problem at once: with a date that does not read, the register's rules still look
            // at the other fields (the 索引号 format is checked on saving, as it needs the stored setting).
            try {
                DocumentRules.check(draft, IndexNumberPattern.of(""));
            } catch (ValidationError e) {
                e.problems().forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
            }
            message.set(Texts.get("register.form.fixFields"));
            return;
        }
        Long current = id.get();
        executor.executeWrite(BackgroundTask.wrap(() -> {
            long saved = current == null ? service.create(draft) : update(current, draft);
            return service.details(saved).orElseThrow();
        })
                .onRunning(() -> busy.set(true))
                .onSuccess(d -> {
                    show(d);
                    message.set(Texts.get("register.form.saved"));
                    onSaved.accept(d.entry());
                })
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false)));
    }

    /** 废止: on a date, replaced by another entry or by none. */
    public void abolish(String dateText, DocumentRef replacing, Consumer<String> onProblem, Runnable onDone) {
        Long current = id.get();
        LocalDate on;
        try {
            on = DateInput.parse(dateText, Texts.get("register.abolish.date"));
        } catch (UserError e) {
            onProblem.accept(e.getMessage());
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> {
            service.abolish(current, on, replacing == null ? null : replacing.id());
            return service.details(current).orElseThrow();
        })
                .onRunning(() -> busy.set(true))
                .onSuccess(d -> {
                    show(d);
                    message.set(Texts.get("register.form.abolished", on));
                    onSaved.accept(d.entry());
                    onDone.run();
                })
                .onFailure(e -> onProblem.accept(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void delete() {
        Long current = id.get();
        executor.executeWrite(BackgroundTask.wrap(() -> service.delete(current))
                .onSuccess(v -> {
                    close();
                    onDeleted.run();
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    public void addAttachment(Path file) {
        Long current = id.get();
        executor.executeWrite(BackgroundTask.wrap(() -> {
            service.addAttachment(current, file);
            return service.details(current).orElseThrow();
        })
                .onRunning(() -> busy.set(true))
                .onSuccess(d -> {
                    attachments.setAll(d.attachments());
                    message.set(Texts.get("register.form.attached", file.getFileName()));
                    onSaved.accept(d.entry());
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void removeAttachment(Attachment a) {
        Long current = id.get();
        executor.executeWrite(BackgroundTask.wrap(() -> {
            service.removeAttachment(current, a.id());
            return service.details(current).orElseThrow();
        })
                .onSuccess(d -> {
                    attachments.setAll(d.attachments());
                    onSaved.accept(d.entry());
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    public Path attachmentFile(Attachment a) {
        return service.attachmentFile(a);
    }

    /** Links the document that replaces this one; saved with the form (有效性 other than 现行有效). */
    public void chooseReplacement(DocumentRef replacing) {
        replacedById = replacing == null ? null : replacing.id();
        replacedBy.set(replacing == null ? "" : replacing.describe());
    }

    /**
     * Links the register entry that is this document's 政策解读; saved with the form. A blank 解读标题 or
     * 解读发布日期 is filled from that entry, as the office would copy them.
     */
    public void chooseInterpretation(DocumentRef interpretation) {
        interpretationDocumentId = interpretation == null ? null : interpretation.id();
        interpretationDocument.set(interpretation == null ? "" : interpretation.describe());
        if (interpretation == null) {
            return;
        }
        if (interpretationTitle.get().isBlank()) {
            interpretationTitle.set(interpretation.title());
        }
        if (interpretationPublishedOn.get().isBlank()) {
            executor.execute(BackgroundTask.wrap(() -> service.details(interpretation.id()))
                    .onSuccess(d -> d.map(x -> x.entry().document().publishedOn()).ifPresent(on -> {
                        if (interpretationPublishedOn.get().isBlank() && Long.valueOf(interpretation.id()).equals(interpretationDocumentId)) {
                            interpretationPublishedOn.set(on.toString());
                        }
                    })));
        }
    }

    /** Entries to choose as the replacing document or the 解读, looked up as the office types. */
    public void lookup(String text, Consumer<List<DocumentRef>> onFound) {
        Long self = id.get();
        executor.execute(BackgroundTask.wrap(() -> service.lookup(text, 20))
                .onSuccess(found -> onFound.accept(found.stream().filter(r -> !Long.valueOf(r.id()).equals(self)).toList())));
    }

    public String title() {
        return title.get();
    }

    public LocalDate today() {
        return service.today();
    }

    // ---- internals

    private long update(long current, DocumentDraft draft) {
        service.update(current, draft);
        return current;
    }

    private void show(DocumentDetails d) {
        show(d.entry().id(), d.entry().document(), d.attachments(), d.entry(), d.replacedBy().map(DocumentRef::describe).orElse(null));
        interpretationDocument.set(d.interpretationDocument().map(DocumentRef::describe).orElse(""));
    }

    private void show(Long entryId, DocumentDraft d, List<Attachment> files, RegisterEntry stored, String replacement) {
        fieldErrors.clear();
        message.set("");
        id.set(entryId);
        indexNumber.set(text(d.indexNumber()));
        docNumber.set(text(d.docNumber()));
        title.set(text(d.title()));
        issuingOrgan.set(text(d.issuingOrgan()));
        writtenOn.set(text(d.writtenOn()));
        publishedOn.set(text(d.publishedOn()));
        attribute.set(d.attribute());
        nonDisclosureReason.set(text(d.nonDisclosureReason()));
        channels.forEach((c, on) -> on.set(d.channels().contains(c)));
        category.set(text(d.category()));
        docType.set(d.docType());
        validity.set(d.validity());
        validityChangedOn.set(text(d.validityChangedOn()));
        interpretationTitle.set(text(d.interpretationTitle()));
        interpretationPublishedOn.set(text(d.interpretationPublishedOn()));
        secrecyReviewer.set(text(d.secrecyReviewer()));
        secrecyReviewedOn.set(text(d.secrecyReviewedOn()));
        secrecyResult.set(d.secrecyResult());
        replacedById = d.replacedById();
        interpretationDocumentId = d.interpretationDocumentId();
        replacedBy.set(replacement == null ? "" : replacement);
        interpretationDocument.set("");
        attachments.setAll(files);
        status.set(stored == null ? "" : status(stored));
        open.set(true);
        shown.set(shown.get() + 1);
        changes().markUnchanged();
    }

    /** The fields the clerk types or picks, compared with what the form was filled with. */
    private FormChanges changes() {
        if (changes == null) {
            List<javafx.beans.value.ObservableValue<?>> fields = new java.util.ArrayList<>(List.of(indexNumber, docNumber, title,
                    issuingOrgan, writtenOn, publishedOn, attribute, nonDisclosureReason, category, docType, validity,
                    validityChangedOn, interpretationTitle, interpretationPublishedOn, secrecyReviewer, secrecyReviewedOn,
                    secrecyResult, replacedBy));
            fields.addAll(channels.values());
            changes = new FormChanges(fields);
        }
        return changes;
    }

    /** True when the open form holds typing that is not saved (Esc asks before throwing it away). */
    public boolean hasChanges() {
        return open.get() && changes().any();
    }

    private static String status(RegisterEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.publishDueOn() != null && e.document().attribute() == DisclosureAttribute.PROACTIVE) {
            parts.add(Texts.get("register.form.publishDue", e.publishDueOn()));
        }
        if (e.interpretationDueOn() != null) {
            parts.add(Texts.get("register.form.interpretationDue", e.interpretationDueOn()));
        }
        parts.addAll(e.flags().labels());
        return String.join(" · ", parts);
    }

    private DocumentDraft draft() {
        List<PublicationChannel> chosen = new ArrayList<>();
        channels.forEach((c, on) -> {
            if (on.get()) {
                chosen.add(c);
            }
        });
        return DocumentDraft.builder()
                .indexNumber(indexNumber.get())
                .docNumber(docNumber.get())
                .title(title.get())
                .issuingOrgan(issuingOrgan.get())
                .writtenOn(date("writtenOn", writtenOn, Texts.get("register.field.writtenOn")))
                .publishedOn(date("publishedOn", publishedOn, Texts.get("register.field.publishedOn")))
                .attribute(attribute.get())
                .nonDisclosureReason(nonDisclosureReason.get())
                .channels(chosen)
                .category(category.get())
                .docType(docType.get())
                .validity(validity.get())
                .validityChangedOn(date("validityChangedOn", validityChangedOn, DocumentRules.changeDateLabel(validity.get())))
                .replacedById(validity.get() == Validity.IN_FORCE ? null : replacedById)
                .interpretationTitle(interpretationTitle.get())
                .interpretationPublishedOn(date("interpretationPublishedOn", interpretationPublishedOn,
                        Texts.get("register.field.interpretationPublishedOn")))
                .interpretationDocumentId(interpretationDocumentId)
                .secrecyReviewer(secrecyReviewer.get())
                .secrecyReviewedOn(date("secrecyReviewedOn", secrecyReviewedOn, Texts.get("register.field.secrecyReviewedOn")))
                .secrecyResult(secrecyResult.get())
                .build();
    }

    private LocalDate date(String field, StringProperty text, String label) {
        try {
            return DateInput.parseOptional(text.get(), label).orElse(null);
        } catch (UserError e) {
            fieldErrors.put(field, e.getMessage());
            return null;
        }
    }

    private void showError(Throwable e) {
        if (e instanceof ValidationError) {
            ValidationError.showUnderFields(fieldErrors, ((ValidationError) e).problems());
            message.set(Texts.get("register.form.fixFields"));
        } else {
            message.set(UserMessages.of(e));
        }
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
