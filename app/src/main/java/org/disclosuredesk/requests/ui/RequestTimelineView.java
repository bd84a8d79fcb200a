// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Consultee;
import org.disclosuredesk.requests.Deadline;
import org.disclosuredesk.requests.EventKind;
import org.disclosuredesk.requests.EventText;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.RequestDetail;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.RequestStatus;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The clock and the timeline: the due date with its one-sentence explanation, one button per step that
 * is legal now, the form for the chosen step, and the recorded steps (a mistaken one can be deleted).
 */
public final class RequestTimelineView extends VBox {

    static final Map<EventKind, String> ICONS = new EnumMap<>(Map.ofEntries(
            Map.entry(EventKind.CORRECTION_SENT, "mdi2f-file-question-outline"),
            Map.entry(EventKind.CORRECTION_RECEIVED, "mdi2f-file-check-outline"),
            Map.entry(EventKind.CORRECTION_LAPSED, "mdi2f-file-cancel-outline"),
            Map.entry(EventKind.CONSULTATION_SENT, "mdi2a-account-question-outline"),
            Map.entry(EventKind.CONSULTATION_ANSWERED, "mdi2a-account-check-outline"),
            Map.entry(EventKind.EXTENSION, "mdi2c-calendar-plus"),
            Map.entry(EventKind.FEE_NOTICE, "mdi2c-cash"),
            Map.entry(EventKind.FEE_PAID, "mdi2c-cash-check"),
            Map.entry(EventKind.FEE_LAPSED, "mdi2c-cash-remove"),
            Map.entry(EventKind.DECISION, "mdi2g-gavel"),
            Map.entry(EventKind.REPLY_SENT, "mdi2e-email-arrow-right-outline")));

    private final RequestTimelineViewModel model;
    private final VBox card = new VBox(4);
    private final Label dueDate = new Label();
    private final Label explanation = new Label();
    private final HBox statusLine = new HBox(8);
    private final VBox warnings = new VBox(2);
    private final FlowPane actions = new FlowPane(8, 8);
    private final VBox stepForm = new VBox(8);
    private final VBox events = new VBox();

    public RequestTimelineView(RequestTimelineViewModel model) {
        this.model = model;
        getStyleClass().add("request-timeline");
        setSpacing(12);

        card.getStyleClass().add("deadline-card");
        card.setPadding(new Insets(12, 14, 12, 14));
        dueDate.getStyleClass().add("deadline-date");
        explanation.getStyleClass().add("deadline-explanation");
        explanation.setWrapText(true);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        Label dueCaption = new Label(Texts.get("requests.timeline.due"));
        dueCaption.getStyleClass().add("muted");
        card.getChildren().setAll(new HBox(10, dueCaption, statusLine), dueDate, explanation, warnings);

        Label actionsTitle = new Label(Texts.get("requests.timeline.next"));
        actionsTitle.getStyleClass().add("section-title");
        stepForm.getStyleClass().add("step-form");
        stepForm.setPadding(new Insets(12));
        stepForm.setVisible(false);
        stepForm.setManaged(false);
        Label eventsTitle = new Label(Texts.get("requests.timeline.recorded"));
        eventsTitle.getStyleClass().add("section-title");
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        getChildren().setAll(card, actionsTitle, actions, stepForm, message, eventsTitle, events);

        model.detailProperty().addListener((o, old, d) -> showDeadline(d));
        model.nextSteps().addListener((ListChangeListener<EventKind>) c -> showActions());
        model.events().addListener((ListChangeListener<RequestEvent>) c -> showEvents());
        model.warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        model.stepProperty().addListener((o, old, kind) -> showStepForm(kind));
        // An empty timeline fires no change: say so from the start, not only after another request's steps.
        showEvents();
    }

    private void showDeadline(RequestDetail d) {
        card.getStyleClass().removeAll("overdue", "due-soon");
        statusLine.getChildren().clear();
        if (d == null) {
            dueDate.setText("");
            explanation.setText("");
            return;
        }
        RequestStatus status = d.view().status();
        Deadline deadline = d.view().deadline();
        statusLine.getChildren().add(RequestControls.badge(status));
        if (deadline.isProvisional() && status.isOpen()) {
            Label mark = new Label(Texts.get("requests.calendarNotUpdated"));
            mark.getStyleClass().addAll("badge", "warning");
            mark.setTooltip(new Tooltip(Texts.get("requests.calendarNotUpdatedTip")));
            statusLine.getChildren().add(mark);
        }
        if (status == RequestStatus.OVERDUE) {
            card.getStyleClass().add("overdue");
        } else if (status == RequestStatus.DUE_SOON) {
            card.getStyleClass().add("due-soon");
        }
        // 条例第三十条: a 补正 restarts the period (no date until the corrected application arrives); a fee likewise.
        dueDate.setText(deadline.dateText());
        String decided = d.request().isDecided()
                ? Texts.get("requests.timeline.decided", d.request().decidedOn(), d.request().result().fullLabel()) : "";
        explanation.setText(deadline.explanation() + decided);
    }

    private void showWarnings() {
        warnings.getChildren().clear();
        for (String w : model.warnings()) {
            Label l = new Label(w, new FontIcon("mdi2a-alert-outline"));
            l.getStyleClass().add("warning-text");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
    }

    private void showActions() {
        actions.getChildren().clear();
        if (model.nextSteps().isEmpty()) {
            Label none = new Label(Texts.get("requests.timeline.noNextStep"));
            none.getStyleClass().add("muted");
            actions.getChildren().add(none);
        }
        for (EventKind kind : model.nextSteps()) {
            Button b = new Button(Texts.get("requests.timeline.record", kind.label()), new FontIcon(ICONS.get(kind)));
            b.setId("step-" + kind.name());
            b.setOnAction(e -> model.begin(kind));
            actions.getChildren().add(b);
        }
    }

    private void showEvents() {
        events.getChildren().clear();
        if (model.events().isEmpty()) {
            Label none = new Label(Texts.get("requests.timeline.none"));
            none.getStyleClass().add("muted");
            events.getChildren().add(none);
        }
        for (RequestEvent e : model.events()) {
            Label date = new Label(e.on().toString());
            date.getStyleClass().add("timeline-date");
            Label kind = new Label(e.kind().label(), new FontIcon(ICONS.get(e.kind())));
            kind.getStyleClass().add("timeline-kind");
            Label text = new Label(EventText.details(e, model.events()).replaceFirst("^[：，]", ""));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button delete = new Button(null, new FontIcon("mdi2t-trash-can-outline"));
            delete.getStyleClass().add("flat");
            delete.setTooltip(new Tooltip(Texts.get("requests.timeline.delete", e.kind().label())));
            delete.setOnAction(x -> model.remove(e));
            Node details = text;
            if (e.kind() == EventKind.EXTENSION && e.toldOn() == null) {
                details = toldOnLater(text);
            }
            HBox.setHgrow(details, Priority.ALWAYS);
            HBox line = new HBox(8, date, kind, details, delete);
            line.setAlignment(Pos.TOP_LEFT);
            line.getStyleClass().add("timeline-row");
            events.getChildren().add(line);
        }
    }

    /** 第三十三条第二款: an extension recorded before the applicant was told gets its told date here. */
    private VBox toldOnLater(Label text) {
        TextField told = new TextField();
        told.setId("toldOnLater");
        told.setPromptText(Texts.get("requests.form.datePrompt"));
        told.setPrefColumnCount(10);
        told.textProperty().bindBidirectional(model.toldOnLaterProperty());
        told.setOnAction(x -> model.recordToldOn());
        Button save = new Button(Texts.get("requests.timeline.recordToldOn"), new FontIcon("mdi2c-check"));
        save.setId("recordToldOn");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(x -> model.recordToldOn());
        HBox row = new HBox(6, told, save);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, text, row, RequestControls.errorLabel(model.stepErrors(), "toldOnLater"));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void showStepForm(EventKind kind) {
        stepForm.getChildren().clear();
        stepForm.setVisible(kind != null);
        stepForm.setManaged(kind != null);
        if (kind == null) {
            return;
        }
        Label title = new Label(Texts.get("requests.timeline.record", kind.label()));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(captions, fields);
        int[] row = {0};
        TextField first = text(grid, row, "on", RequestTimelineViewModel.dateCaption(kind), model.stepDateProperty(),
                Texts.get("requests.form.datePrompt"));
        switch (kind) {
            case CORRECTION_SENT -> text(grid, row, "dueOn", Texts.get("requests.step.correctBy"), model.stepDueOnProperty(), "");
            case CONSULTATION_SENT -> {
                ComboBox<Consultee> whom = RequestControls.combo(Consultee::label, "");
                whom.getItems().setAll(Consultee.values());
                choice(grid, row, "consultee", Texts.get("requests.step.consultee"), whom, model.consulteeProperty());
                text(grid, row, "party", Texts.get("requests.step.party"), model.partyProperty(), Texts.get("requests.step.partyPrompt"));
                text(grid, row, "dueOn", Texts.get("requests.step.answerBy"), model.stepDueOnProperty(), Texts.get("requests.step.answerByPrompt"));
            }
            case CONSULTATION_ANSWERED -> {
                ComboBox<RequestEvent> which = RequestControls.combo(e -> e.on() + " " + e.party(), "");
                which.setItems(model.pendingConsultations());
                choice(grid, row, "relatedEventId", Texts.get("requests.step.whichConsultation"), which, model.consultationProperty());
            }
            case EXTENSION -> {
                text(grid, row, "approver", Texts.get("requests.step.approver"), model.approverProperty(), Texts.get("requests.step.approverPrompt"));
                text(grid, row, "extraDays", Texts.get("requests.step.extraDays"), model.extraDaysProperty(), "1–20");
                text(grid, row, "toldOn", Texts.get("requests.step.toldOn"), model.toldOnProperty(), Texts.get("requests.form.datePrompt"));
            }
            case FEE_NOTICE -> {
                ComboBox<FeeBasis> basis = RequestControls.combo(b -> b.label() + (b == FeeBasis.BY_ITEM
                        ? Texts.get("requests.step.byItemHint") : Texts.get("requests.step.byVolumeHint")), "");
                basis.getItems().setAll(FeeBasis.values());
                choice(grid, row, "feeBasis", Texts.get("requests.step.feeBasis"), basis, model.feeBasisProperty());
                TextField pages = text(grid, row, "feeQuantity", Texts.get("requests.step.pages"), model.pagesProperty(), "");
                pages.disableProperty().bind(model.feeBasisProperty().isEqualTo(FeeBasis.BY_ITEM));
                Label quote = new Label();
                quote.getStyleClass().add("field-hint");
                quote.textProperty().bind(model.feeQuoteProperty());
                grid.add(quote, 1, row[0]++);
                text(grid, row, "dueOn", Texts.get("requests.step.payBy"), model.stepDueOnProperty(), Texts.get("requests.step.payByPrompt"));
            }
            case DECISION -> {
                ComboBox<ResultRow> result = RequestControls.combo(ResultRow::fullLabel, Texts.get("requests.step.chooseResult"));
                result.getItems().setAll(Arrays.stream(ResultRow.values())
                        .filter(r -> r != ResultRow.OTHER_NO_CORRECTION && r != ResultRow.OTHER_FEE_UNPAID).toList());
                result.setPrefWidth(380);
                choice(grid, row, "result", Texts.get("requests.step.result"), result, model.resultProperty());
            }
            case REPLY_SENT -> {
                ComboBox<String> how = new ComboBox<>();
                how.setEditable(true);
                how.getItems().setAll(Texts.get("requests.step.deliveryChoices").split("、"));
                how.valueProperty().bindBidirectional(model.deliveryMethodProperty());
                place(grid, row, "deliveryMethod", Texts.get("requests.step.deliveryMethod"), how);
            }
            default -> { }
        }
        text(grid, row, "note", Texts.get("requests.step.note"), model.noteProperty(), "");
        Label kindError = RequestControls.errorLabel(model.stepErrors(), "kind");
        Button record = new Button(Texts.get("requests.timeline.save", kind.label()), new FontIcon("mdi2c-check"));
        record.setId("recordStep");
        record.getStyleClass().add("accent");
        record.disableProperty().bind(model.busyProperty());
        record.setOnAction(e -> model.record());
        Button cancel = new Button(Texts.get("requests.timeline.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        stepForm.getChildren().setAll(title, grid, kindError, new HBox(8, record, cancel, spacer));
        first.requestFocus();
    }

    private TextField text(GridPane grid, int[] row, String key, String caption, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setOnAction(e -> model.record());
        place(grid, row, key, caption, field);
        return field;
    }

    private <T> void choice(GridPane grid, int[] row, String key, String caption, ComboBox<T> box, ObjectProperty<T> property) {
        box.valueProperty().bindBidirectional(property);
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !box.isShowing()) {
                model.record();
            }
        });
        place(grid, row, key, caption, box);
    }

    private void place(GridPane grid, int[] row, String key, String caption, Node field) {
        field.setId("step-field-" + key);
        Label label = new Label(caption);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row[0]);
        grid.add(new VBox(2, field, RequestControls.errorLabel(model.stepErrors(), key)), 1, row[0]++);
    }
}
