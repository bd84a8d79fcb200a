// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.requests.ReviewCase;
import org.disclosuredesk.requests.ReviewCaseService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;

/** The 行政复议 / 行政诉讼 cases linked to the open request, with a form to add or update one. */
public final class ReviewCasesViewModel {

    private final ObservableList<ReviewCase> cases = FXCollections.observableArrayList();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final ObjectProperty<ReviewKind> kind = new SimpleObjectProperty<>(ReviewKind.ADMINISTRATIVE_REVIEW);
    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final StringProperty filedOn = new SimpleStringProperty("");
    private final ObjectProperty<ReviewResult> result = new SimpleObjectProperty<>(ReviewResult.PENDING);
    private final StringProperty closedOn = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableMap(new HashMap<>());
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ReviewCaseService service;
    private final TaskExecutor executor;
    private Long requestId;
    private Long editedId;

    public ReviewCasesViewModel(ReviewCaseService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    public ObservableList<ReviewCase> cases() { return cases; }
    public ReadOnlyBooleanProperty editingProperty() { return editing; }
    public ObjectProperty<ReviewKind> kindProperty() { return kind; }
    public StringProperty caseNumberProperty() { return caseNumber; }
    public StringProperty filedOnProperty() { return filedOn; }
    public ObjectProperty<ReviewResult> resultProperty() { return result; }
    public StringProperty closedOnProperty() { return closedOn; }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    public void load(Long id) {
        requestId = id;
        editing.set(false);
        message.set("");
        if (id == null) {
            cases.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.forRequest(id))
                .onSuccess(cases::setAll)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    public void startNew() {
        editedId = null;
        kind.set(ReviewKind.ADMINISTRATIVE_REVIEW);
        caseNumber.set("");
        filedOn.set("");
        result.set(ReviewResult.PENDING);
        closedOn.set("");
        fieldErrors.clear();
        editing.set(true);
    }

    public void edit(ReviewCase c) {
        editedId = c.id();
        kind.set(c.kind());
        caseNumber.set(c.caseNumber() == null ? "" : c.caseNumber());
        filedOn.set(c.filedOn().toString());
        result.set(c.result());
        closedOn.set(c.closedOn() == null ? "" : c.closedOn().toString());
        fieldErrors.clear();
        editing.set(true);
    }

    public void cancel() {
        editing.set(false);
        fieldErrors.clear();
    }

    public void save() {
        fieldErrors.clear();
        Map<String, String> problems = new HashMap<>();
        LocalDate filed = parse(filedOn.get(), "filedOn", Texts.get("requests.review.filedOn"), problems);
        LocalDate closed = parse(closedOn.get(), "closedOn", Texts.get("requests.review.closedOn"), problems);
        ReviewCase c = new ReviewCase(editedId, requestId, kind.get(), caseNumber.get(), filed, result.get(), closed, null);
        if (!problems.isEmpty()) {
            fieldErrors.putAll(problems);
            // the case's own rules too, in the same round as the typing mistakes
            executor.execute(BackgroundTask.wrap(() -> service.problems(c))
                    .onSuccess(more -> ValidationError.showUnderFields(fieldErrors,
                            more.stream().filter(p -> !problems.containsKey(p.field())).toList())));
            return;
        }
        Long id = requestId;
        executor.executeWrite(BackgroundTask.wrap(() -> service.save(c))
                .onRunning(() -> busy.set(true))
                .onSuccess(saved -> {
                    editing.set(false);
                    message.set(Texts.get("requests.review.saved"));
                    load(id);
                })
                .onFailure(e -> {
                    if (e instanceof ValidationError) {
                        ValidationError.showUnderFields(fieldErrors, ((ValidationError) e).problems());
                    }
                    message.set(UserMessages.of(e));
                })
                .onFinished(() -> busy.set(false)));
    }

    private static LocalDate parse(String text, String field, String label, Map<String, String> problems) {
        try {
            return DateInput.parseOptional(text, label).orElse(null);
        } catch (UserError e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }
}
