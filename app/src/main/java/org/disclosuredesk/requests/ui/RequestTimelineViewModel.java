// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Consultee;
import org.disclosuredesk.requests.EventKind;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestDetail;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;

/**
 * A request's timeline: the explained due date, the recorded steps, a button for each step that is
 * legal now, and the small form for the step being recorded. The rules are the service's; this only
 * collects the fields and shows what the service says.
 */
public final class RequestTimelineViewModel {

    /** 条例第三十条 asks for a reasonable 补正 period; ten working days is what the form proposes. */
    static final int PROPOSED_CORRECTION_WORKING_DAYS = 10;

    private final ObjectProperty<RequestDetail> detail = new SimpleObjectProperty<>();
    private final ObservableList<RequestEvent> events = FXCollections.observableArrayList();
    private final ObservableList<EventKind> nextSteps = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<RequestEvent> pendingConsultations = FXCollections.observableArrayList();
    private final ObjectProperty<EventKind> step = new SimpleObjectProperty<>();
    private final StringProperty stepDate = new SimpleStringProperty("");
    private final StringProperty stepDueOn = new SimpleStringProperty("");
    private final StringProperty party = new SimpleStringProperty("");
    private final ObjectProperty<Consultee> consultee = new SimpleObjectProperty<>(Consultee.THIRD_PARTY);
    private final ObjectProperty<RequestEvent> consultation = new SimpleObjectProperty<>();
    private final StringProperty approver = new SimpleStringProperty("");
    private final StringProperty toldOn = new SimpleStringProperty("");
    private final StringProperty extraDays = new SimpleStringProperty("20");
    private final ObjectProperty<FeeBasis> feeBasis = new SimpleObjectProperty<>(FeeBasis.BY_VOLUME);
    private final StringProperty pages = new SimpleStringProperty("");
    private final StringProperty feeQuote = new SimpleStringProperty("");
    private final ObjectProperty<ResultRow> result = new SimpleObjectProperty<>();
    private final StringProperty deliveryMethod = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty otherOrganName = new SimpleStringProperty("");
    private final StringProperty otherOrganContact = new SimpleStringProperty("");
    private final StringProperty toldOnLater = new SimpleStringProperty("");
    private final ObservableMap<String, String> stepErrors = FXCollections.observableMap(new HashMap<>());
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final RequestService service;
    private final TaskExecutor executor;
    private Runnable onChanged = () -> { };

    public RequestTimelineViewModel(RequestService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        feeBasis.addListener((o, old, b) -> quoteFee());
        pages.addListener((o, old, p) -> quoteFee());
    }

    public ReadOnlyObjectProperty<RequestDetail> detailProperty() { return detail; }
    public ObservableList<RequestEvent> events() { return events; }
    public ObservableList<EventKind> nextSteps() { return nextSteps; }
    public ObservableList<String> warnings() { return warnings; }
    public ObservableList<RequestEvent> pendingConsultations() { return pendingConsultations; }
    public ReadOnlyObjectProperty<EventKind> stepProperty() { return step; }
    public StringProperty stepDateProperty() { return stepDate; }
    public StringProperty stepDueOnProperty() { return stepDueOn; }
    public StringProperty partyProperty() { return party; }
    public ObjectProperty<Consultee> consulteeProperty() { return consultee; }
    public ObjectProperty<RequestEvent> consultationProperty() { return consultation; }
    public StringProperty approverProperty() { return approver; }
    public StringProperty toldOnProperty() { return toldOn; }
    public StringProperty extraDaysProperty() { return extraDays; }
    public ObjectProperty<FeeBasis> feeBasisProperty() { return feeBasis; }
    public StringProperty pagesProperty() { return pages; }
    public ReadOnlyStringProperty feeQuoteProperty() { return feeQuote; }
    public ObjectProperty<ResultRow> resultProperty() { return result; }
    public StringProperty deliveryMethodProperty() { return deliveryMethod; }
    public StringProperty noteProperty() { return note; }
    /** 无法提供: the organ that holds the information and its contact (第三十六条第（五）项). */
    public StringProperty otherOrganNameProperty() { return otherOrganName; }
    public StringProperty otherOrganContactProperty() { return otherOrganContact; }
    /** The day the applicant was told of an extension recorded without it (补记). */
    public StringProperty toldOnLaterProperty() { return toldOnLater; }
    public ObservableMap<String, String> stepErrors() { return stepErrors; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    public void setOnChanged(Runnable handler) {
        this.onChanged = handler;
    }

    public void load(long requestId) {
        executor.execute(BackgroundTask.wrap(() -> service.detail(requestId))
                .onRunning(() -> busy.set(true))
                .onSuccess(this::show)
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void clear() {
        detail.set(null);
        events.clear();
        nextSteps.clear();
        warnings.clear();
        pendingConsultations.clear();
        step.set(null);
        message.set("");
    }

    /** Opens the form for one of the legal next steps, with the dates the law suggests. */
    public void begin(EventKind kind) {
        RequestDetail d = detail.get();
        if (d == null || !d.nextSteps().contains(kind)) {
            return;
        }
        LocalDate today = service.today();
        stepErrors.clear();
        message.set("");
        stepDate.set(today.toString());
        stepDueOn.set(kind == EventKind.CORRECTION_SENT
                ? service.workingDaysAfter(today, PROPOSED_CORRECTION_WORKING_DAYS).toString() : "");
        party.set("");
        consultee.set(Consultee.THIRD_PARTY);
        consultation.set(pendingConsultations.isEmpty() ? null : pendingConsultations.get(0));
        approver.set("");
        toldOn.set(today.toString());
        extraDays.set("20");
        feeBasis.set(FeeBasis.BY_VOLUME);
        pages.set("");
        feeQuote.set("");
        result.set(null);
        deliveryMethod.set("");
        note.set("");
        otherOrganName.set("");
        otherOrganContact.set("");
        step.set(kind);
    }

    public void cancel() {
        step.set(null);
        stepErrors.clear();
    }

    /** Records the open step; the service checks it against the timeline and says why not. */
    public void record() {
        EventKind kind = step.get();
        RequestDetail d = detail.get();
        if (kind == null || d == null) {
            return;
        }
        stepErrors.clear();
        Map<String, String> problems = new HashMap<>();
        LocalDate on = date(stepDate.get(), "on", dateCaption(kind), true, problems);
        LocalDate due = date(stepDueOn.get(), "dueOn", Texts.get("requests.step.dueOn"), false, problems);
        LocalDate told = date(toldOn.get(), "toldOn", Texts.get("requests.step.toldOn"), false, problems);
        Integer extra = number(extraDays.get(), "extraDays", kind == EventKind.EXTENSION, problems);
        Integer quantity = number(pages.get(), "feeQuantity", kind == EventKind.FEE_NOTICE && feeBasis.get() == FeeBasis.BY_VOLUME, problems);
        RequestEvent event = event(kind, on, due, told, extra, quantity);
        long id = d.request().id();
        if (!problems.isEmpty()) {
            stepErrors.putAll(problems);
            message.set(Texts.get("requests.form.fixFields"));
            if (on != null) { // the step's own rules too, in the same round as the typing mistakes
                executor.execute(BackgroundTask.wrap(() -> service.stepProblems(id, event))
                        .onSuccess(more -> ValidationError.showUnderFields(stepErrors,
                                more.stream().filter(p -> !problems.containsKey(p.field())).toList())));
            }
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> service.addEvent(id, event))
                .onRunning(() -> busy.set(true))
                .onSuccess(recorded -> {
                    step.set(null);
                    message.set(recorded.warnings().isEmpty() ? Texts.get("requests.step.recorded", kind.label())
                            : Texts.get("requests.step.recordedWithWarning", kind.label(), String.join(" ", recorded.warnings())));
                    reloadAfterChange(id);
                })
                .onFailure(this::showFailure)
                .onFinished(() -> busy.set(false)));
    }

    /** The step as the form holds it; a field it could not read is empty. */
    private RequestEvent event(EventKind kind, LocalDate on, LocalDate due, LocalDate told, Integer extra, Integer quantity) {
        return new RequestEvent(null, kind, on, due, blank(party.get()),
                kind == EventKind.CONSULTATION_SENT ? consultee.get() : null, blank(approver.get()),
                kind == EventKind.EXTENSION ? told : null, kind == EventKind.EXTENSION ? extra : null,
                kind == EventKind.FEE_NOTICE ? feeBasis.get() : null, kind == EventKind.FEE_NOTICE ? quantity : null, null,
                blank(deliveryMethod.get()), consultation.get() == null || kind != EventKind.CONSULTATION_ANSWERED ? null : consultation.get().id(),
                kind == EventKind.DECISION ? result.get() : null, blank(note.get()),
                kind == EventKind.DECISION ? blank(otherOrganName.get()) : null,
                kind == EventKind.DECISION ? blank(otherOrganContact.get()) : null);
    }

    /** Adds the day the applicant was told of the extension (第三十三条第二款), typed in the timeline row. */
    public void recordToldOn() {
        RequestDetail d = detail.get();
        if (d == null) {
            return;
        }
        stepErrors.remove("toldOnLater");
        Map<String, String> problems = new HashMap<>();
        LocalDate told = date(toldOnLater.get(), "toldOnLater", Texts.get("requests.step.toldOn"), true, problems);
        if (!problems.isEmpty()) {
            stepErrors.putAll(problems);
            return;
        }
        long id = d.request().id();
        executor.executeWrite(BackgroundTask.wrap(() -> service.recordExtensionTold(id, told))
                .onRunning(() -> busy.set(true))
                .onSuccess(recorded -> {
                    message.set(recorded.warnings().isEmpty() ? Texts.get("requests.timeline.toldOnRecorded", told)
                            : Texts.get("requests.timeline.toldOnRecorded", told) + " " + String.join(" ", recorded.warnings()));
                    reloadAfterChange(id);
                })
                .onFailure(e -> {
                    if (e instanceof ValidationError) {
                        ((ValidationError) e).problems().forEach(p -> stepErrors.merge("toldOnLater", p.message(), (a, b) -> a + " " + b));
                    } else {
                        message.set(UserMessages.of(e));
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    /** Deletes a mistaken step (the service refuses when a later step depends on it). */
    public void remove(RequestEvent event) {
        RequestDetail d = detail.get();
        if (d == null || event.id() == null) {
            return;
        }
        long id = d.request().id();
        executor.executeWrite(BackgroundTask.wrap(() -> service.removeEvent(id, event.id()))
                .onRunning(() -> busy.set(true))
                .onSuccess(r -> {
                    message.set(Texts.get("requests.step.removed", event.kind().label()));
                    reloadAfterChange(id);
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** What the date of a step is called on its form: the approval date of an extension, the sending date of a letter … */
    static String dateCaption(EventKind kind) {
        return switch (kind) {
            case CORRECTION_SENT -> Texts.get("requests.step.date.correctionSent");
            case CORRECTION_RECEIVED -> Texts.get("requests.step.date.correctionReceived");
            case CONSULTATION_SENT -> Texts.get("requests.step.date.consultationSent");
            case CONSULTATION_ANSWERED -> Texts.get("requests.step.date.consultationAnswered");
            case EXTENSION -> Texts.get("requests.step.date.extension");
            case FEE_NOTICE -> Texts.get("requests.step.date.feeNotice");
            case FEE_PAID -> Texts.get("requests.step.date.feePaid");
            case DECISION -> Texts.get("requests.step.date.decision");
            case REPLY_SENT -> Texts.get("requests.step.date.replySent");
            case CORRECTION_LAPSED, FEE_LAPSED -> Texts.get("requests.step.date.lapse");
            case LONGER_PERIOD -> Texts.get("requests.step.date.longerPeriod");
            case WITHDRAWN -> Texts.get("requests.step.date.withdrawn");
        };
    }

    private void reloadAfterChange(long id) {
        load(id);
        onChanged.run();
    }

    private void show(RequestDetail d) {
        detail.set(d);
        Request r = d.request();
        events.setAll(r.events());
        nextSteps.setAll(d.nextSteps());
        warnings.setAll(d.warnings());
        pendingConsultations.setAll(d.pendingConsultations());
        toldOnLater.set(r.first(EventKind.EXTENSION).filter(x -> x.toldOn() == null).isPresent() ? service.today().toString() : "");
        if (step.get() != null && !d.nextSteps().contains(step.get())) {
            step.set(null);
        }
    }

    private void quoteFee() {
        RequestDetail d = detail.get();
        FeeBasis basis = feeBasis.get();
        if (d == null || basis == null) {
            return;
        }
        Integer n;
        try {
            n = pages.get() == null || pages.get().isBlank() ? null : Integer.valueOf(pages.get().trim());
        } catch (NumberFormatException e) {
            feeQuote.set("");
            return;
        }
        long id = d.request().id();
        executor.execute(BackgroundTask.wrap(() -> service.feeQuote(id, basis, n))
                .onSuccess(q -> feeQuote.set(q.explanation()))
                .onFailure(e -> feeQuote.set(UserMessages.of(e))));
    }

    private void showFailure(Throwable e) {
        if (e instanceof ValidationError) {
            ValidationError.showUnderFields(stepErrors, ((ValidationError) e).problems());
            message.set(Texts.get("requests.form.fixFields"));
        } else {
            message.set(UserMessages.of(e));
        }
    }

    private static LocalDate date(String text, String field, String label, boolean required, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.put(field, Texts.get("requests.form.dateMissing", label));
            }
            return null;
        }
        try {
            return DateInput.parse(text, label);
        } catch (UserError e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }

    private static Integer number(String text, String field, boolean required, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.put(field, Texts.get("requests.step.numberMissing"));
            }
            return null;
        }
        try {
            return Integer.valueOf(DateInput.toHalfWidth(text).trim());
        } catch (NumberFormatException e) {
            problems.put(field, Texts.get("requests.step.notANumber", text));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
