// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.util.List;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.requests.ReceiptDate;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestIntake;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.FormChanges;
import org.disclosuredesk.requests.IntakeValidator;
/**
 * The intake form (条例第二十九条). The date of receipt follows the channel and the submission date
 * (第三十一条) until the clerk types one; earlier applicants are suggested as the name is typed.
 */
public final class RequestFormViewModel {

    private final ObjectProperty<ApplicantKind> applicantKind = new SimpleObjectProperty<>(ApplicantKind.NATURAL_PERSON);
    private final StringProperty applicantName = new SimpleStringProperty("");
    private final ObjectProperty<IdType> idType = new SimpleObjectProperty<>(IdType.RESIDENT_ID);
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<RequestChannel> channel = new SimpleObjectProperty<>(RequestChannel.IN_PERSON);
    private final StringProperty submittedOn = new SimpleStringProperty("");
    private final StringProperty receivedOn = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final StringProperty formWanted = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty receiptRule = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty deadlinePreview = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Request> current = new SimpleObjectProperty<>();
    private final FormChanges changes = new FormChanges(List.of(applicantKind, applicantName, idType, idNumber, phone,
            address, email, channel, submittedOn, receivedOn, content, formWanted, notes));
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableMap(new HashMap<>());
    private final ObservableList<Applicant> suggestions = FXCollections.observableArrayList();
    /** The name last filled from a suggestion: typing it is not a new search. */
    private String chosenName;

    private final RequestService service;
    private final TaskExecutor executor;
    private boolean receiptTyped;
    private boolean filling;
    private Consumer<Request> onSaved = r -> { };

    public RequestFormViewModel(RequestService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        channel.addListener((o, old, c) -> proposeReceipt());
        submittedOn.addListener((o, old, s) -> proposeReceipt());
        receivedOn.addListener((o, old, r) -> {
            if (!filling) {
                receiptTyped = true;
            }
            previewDeadline();
        });
        newRequest();
    }

    public ObjectProperty<ApplicantKind> applicantKindProperty() { return applicantKind; }
    public StringProperty applicantNameProperty() { return applicantName; }
    public ObjectProperty<IdType> idTypeProperty() { return idType; }
    public StringProperty idNumberProperty() { return idNumber; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty addressProperty() { return address; }
    public StringProperty emailProperty() { return email; }
    public ObjectProperty<RequestChannel> channelProperty() { return channel; }
    public StringProperty submittedOnProperty() { return submittedOn; }
    public StringProperty receivedOnProperty() { return receivedOn; }
    public StringProperty contentProperty() { return content; }
    public StringProperty formWantedProperty() { return formWanted; }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyStringProperty receiptRuleProperty() { return receiptRule; }
    public ReadOnlyStringProperty headingProperty() { return heading; }
    public ReadOnlyStringProperty deadlinePreviewProperty() { return deadlinePreview; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyObjectProperty<Request> currentProperty() { return current; }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }
    public ObservableList<Applicant> suggestions() { return suggestions; }

    public void setOnSaved(Consumer<Request> handler) {
        this.onSaved = handler;
    }

    /** An empty form for a new application, received today in person. */
    public void newRequest() {
        filling = true;
        current.set(null);
        applicantKind.set(ApplicantKind.NATURAL_PERSON);
        applicantName.set("");
        idType.set(IdType.RESIDENT_ID);
        idNumber.set("");
        phone.set("");
        address.set("");
        email.set("");
        channel.set(RequestChannel.IN_PERSON);
        submittedOn.set(service.today().toString());
        receivedOn.set(service.today().toString());
        content.set("");
        formWanted.set("");
        notes.set("");
        filling = false;
        receiptTyped = false;
        fieldErrors.clear();
        chosenName = null;
        suggestions.clear();
        message.set("");
        heading.set(Texts.get("requests.form.newHeading"));
        receiptRule.set(ReceiptDate.rule(channel.get()));
        previewDeadline();
        changes.markUnchanged();
    }

    /** True when the form holds typing that is not saved (Esc asks before throwing it away). */
    public boolean hasChanges() {
        return changes.any();
    }

    /** Shows a stored request for editing. */
    public void show(Request r) {
        filling = true;
        current.set(r);
        Applicant a = r.applicant();
        applicantKind.set(a.kind());
        applicantName.set(a.name());
        idType.set(a.idType() == null ? IdType.RESIDENT_ID : a.idType());
        idNumber.set(text(a.idNumber()));
        phone.set(text(a.phone()));
        address.set(text(a.address()));
        email.set(text(a.email()));
        channel.set(r.intake().channel());
        submittedOn.set(r.intake().submittedOn().toString());
        receivedOn.set(r.receivedOn().toString());
        content.set(r.intake().content());
        formWanted.set(text(r.intake().formWanted()));
        notes.set(text(r.intake().notes()));
        filling = false;
        receiptTyped = true;
        fieldErrors.clear();
        suggestions.clear();
        message.set("");
        heading.set(r.number().text());
        deadlinePreview.set("");
        receiptRule.set(ReceiptDate.rule(r.intake().channel()));
        changes.markUnchanged();
    }

    /** Looks up earlier applicants whose name contains what was typed (new requests only). */
    public void suggest(String typed) {
        if (current.get() != null || typed == null || typed.isBlank() || typed.equals(chosenName)) {
            suggestions.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.applicantSuggestions(typed))
                .onSuccess(found -> {
                    if (typed.equals(applicantName.get())) {
                        // The full name of a repeat applicant is still offered: choosing it fills in their details.
                        suggestions.setAll(found);
                    }
                })
                .onFailure(e -> suggestions.clear()));
    }

    /** Fills the applicant's details from an earlier application. */
    public void useApplicant(Applicant a) {
        applicantKind.set(a.kind());
        applicantName.set(a.name());
        if (a.idType() != null) {
            idType.set(a.idType());
        }
        idNumber.set(text(a.idNumber()));
        phone.set(text(a.phone()));
        address.set(text(a.address()));
        email.set(text(a.email()));
        chosenName = a.name();
        suggestions.clear();
    }

    public void save() {
        fieldErrors.clear();
        Map<String, String> problems = new HashMap<>();
        LocalDate submitted = date(submittedOn.get(), "submittedOn", Texts.get("requests.form.submittedOn"), problems);
        LocalDate received = date(receivedOn.get(), "receivedOn", Texts.get("requests.form.receivedOn"), problems);
        RequestIntake intake = new RequestIntake(
                new Applicant(applicantKind.get(), applicantName.get(), idType.get(), idNumber.get(), phone.get(), address.get(), email.get()),
                channel.get(), submitted, received, content.get(), formWanted.get(), notes.get());
        // Every field's problem at once: a date that does not read and an empty name show in the same round.
        IntakeValidator.problems(RequestService.normalised(intake), service.today()).forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        if (!problems.isEmpty()) {
            fieldErrors.putAll(problems);
            message.set(Texts.get("requests.form.fixFields"));
            return;
        }
        Request editing = current.get();
        executor.executeWrite(BackgroundTask.wrap(() -> editing == null ? service.register(intake) : service.updateIntake(editing.id(), intake))
                .onRunning(() -> busy.set(true))
                .onSuccess(saved -> {
                    show(saved);
                    message.set(Texts.get(editing == null ? "requests.form.registered" : "requests.form.saved", saved.number().text()));
                    onSaved.accept(saved);
                })
                .onFailure(this::showFailure)
                .onFinished(() -> busy.set(false)));
    }

    /** For a new application: the due date it will get, explained, as soon as the date of receipt reads. */
    private void previewDeadline() {
        String text = receivedOn.get();
        if (current.get() != null) {
            deadlinePreview.set("");
            return;
        }
        LocalDate received;
        try {
            received = DateInput.parse(text, "");
        } catch (UserError notYet) {
            deadlinePreview.set("");
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.previewDeadline(received))
                .onSuccess(d -> {
                    if (text.equals(receivedOn.get()) && current.get() == null) {
                        deadlinePreview.set(Texts.get("requests.form.deadlinePreview", d.explanation()));
                    }
                })
                .onFailure(e -> deadlinePreview.set("")));
    }

    private void proposeReceipt() {
        receiptRule.set(ReceiptDate.rule(channel.get()));
        if (receiptTyped || filling) {
            return;
        }
        try {
            LocalDate submitted = DateInput.parse(submittedOn.get(), "");
            filling = true;
            receivedOn.set(ReceiptDate.proposed(channel.get(), submitted, service.today()).toString());
        } catch (UserError notADateYet) {
            // the clerk is still typing the submission date
        } finally {
            filling = false;
        }
    }

    private void showFailure(Throwable e) {
        if (e instanceof ValidationError) {
            ValidationError.showUnderFields(fieldErrors, ((ValidationError) e).problems());
            message.set(Texts.get("requests.form.fixFields"));
        } else {
            message.set(UserMessages.of(e));
        }
    }

    private static LocalDate date(String text, String field, String label, Map<String, String> problems) {
        try {
            return DateInput.parse(text, label);
        } catch (UserError e) {
            problems.put(field, text == null || text.isBlank() ? Texts.get("requests.form.dateMissing", label) : e.getMessage());
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
