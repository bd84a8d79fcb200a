// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import org.kordamp.ikonli.javafx.FontIcon;
import java.io.File;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.disclosuredesk.plan.ProgressNote;
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.plan.TaskUnit;
import org.disclosuredesk.plan.Target;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.plan.UnitRole;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.WrappingRow;

/** The selected task: what it says, who does it by when, its status and its progress notes. */
final class TaskDetailPane extends ScrollPane {

    private final PlanTrackingViewModel model;
    private final Label label = new Label();
    private final Label text = new Label();
    private final Label lead = value();
    private final Label responsible = value();
    private final Label deadline = value();
    private final Label targets = value();
    private final VBox forms;

    private final Node history;

    TaskDetailPane(PlanTrackingViewModel model, Node history) {
        this.model = model;
        this.history = history;
        getStyleClass().add("plan-detail");
        setFitToWidth(true);
        label.getStyleClass().add("section-title");
        text.setWrapText(true);
        text.getStyleClass().add("plan-detail-text");

        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(6);
        addFact(facts, 0, Texts.get("plan.col.lead"), lead);
        addFact(facts, 1, Texts.get("plan.col.responsible"), responsible);
        addFact(facts, 2, Texts.get("plan.col.deadline"), deadline);
        addFact(facts, 3, Texts.get("plan.detail.targets"), targets);

        forms = new VBox(12, new Separator(), statusForm(), new Separator(), progress());
        VBox box = new VBox(10, label, text, facts, forms);
        box.setPadding(new Insets(14, 16, 14, 16));
        setContent(box);

        model.taskProperty().addListener((obs, old, t) -> show(t));
        show(model.taskProperty().get());
        // Esc asks before throwing typing away, as the request and document forms do.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.hasChanges()) {
                e.consume();
                if (Dialogs.accepted(Dialogs.confirm(Texts.get("form.discard.question"), Texts.get("form.discard.yes")))) {
                    model.discardChanges();
                }
            }
        });
    }

    private void show(TrackedTask t) {
        forms.setVisible(t != null && !t.heading());
        forms.setManaged(t != null && !t.heading());
        if (t == null) {
            label.setText(Texts.get("plan.detail.none"));
            text.setText("");
            lead.setText("");
            responsible.setText("");
            deadline.setText("");
            targets.setText("");
            return;
        }
        label.setText(t.label().isEmpty() ? t.planTitle() : t.label());
        text.setText(t.text());
        lead.setText(units(t, UnitRole.LEAD));
        responsible.setText(units(t, UnitRole.RESPONSIBLE));
        String phrase = t.deadlinePhrase() == null ? Texts.get("plan.detail.noDeadline") : t.deadlinePhrase();
        deadline.setText(t.dueDate() == null ? phrase : Texts.get("plan.detail.deadlineWithDate", phrase, t.dueDate()));
        targets.setText(t.targets().isEmpty() ? "—" : t.targets().stream().map(Target::text).collect(Collectors.joining("；")));
    }

    private static String units(TrackedTask t, UnitRole role) {
        String s = t.unitsIn(role).stream().map(TaskUnit::nameWritten).collect(Collectors.joining("、"));
        return s.isEmpty() ? "—" : s;
    }

    private VBox statusForm() {
        Label title = new Label(Texts.get("plan.detail.statusTitle"));
        title.getStyleClass().add("section-title");
        ComboBox<TaskStatus> status = new ComboBox<>();
        status.getItems().setAll(TaskStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setAccessibleText(Texts.get("plan.detail.status"));
        TextField completedOn = new TextField();
        completedOn.setPromptText(Texts.get("plan.detail.completedOnPrompt"));
        completedOn.textProperty().bindBidirectional(model.completedOnProperty());
        completedOn.disableProperty().bind(model.statusProperty().isNotEqualTo(TaskStatus.DONE));
        completedOn.setPrefColumnCount(10);
        Button save = new Button(Texts.get("plan.detail.saveStatus"), new FontIcon("mdi2c-content-save-outline"));
        save.setOnAction(e -> model.saveStatus());
        save.disableProperty().bind(model.busyProperty());
        completedOn.setOnAction(e -> model.saveStatus());
        status.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.saveStatus();
            }
        });
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.completedOnErrorProperty());
        error.setWrapText(true);
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setPrefWidth(110);
        Label dateCaption = new Label(Texts.get("plan.detail.completedOn"));
        dateCaption.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane row = WrappingRow.of(8, status, dateCaption, completedOn);
        row.setAlignment(Pos.CENTER_LEFT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane actions = WrappingRow.of(8, history, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(6, title, row, error, actions);
    }

    private VBox progress() {
        Label title = new Label(Texts.get("plan.detail.progressTitle"));
        title.getStyleClass().add("section-title");
        ListView<ProgressNote> notes = new ListView<>(model.notes());
        notes.setPrefHeight(120);
        notes.setPlaceholder(new Label(Texts.get("plan.detail.noNotes")));
        notes.setCellFactory(v -> new NoteCell());

        TextField date = new TextField();
        date.textProperty().bindBidirectional(model.noteDateProperty());
        date.setPrefColumnCount(9);
        date.setPromptText("2025-03-05");
        TextArea note = new TextArea();
        note.setPromptText(Texts.get("plan.detail.notePrompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteTextProperty());
        note.setOnKeyPressed(e -> {
            if (Shortcuts.CONFIRM.match(e)) {
                model.addNote();
                e.consume();
            }
        });
        Label file = new Label();
        file.getStyleClass().add("muted");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.evidenceProperty().get() == null
                ? Texts.get("plan.detail.noEvidence") : model.evidenceProperty().get().getFileName().toString(), model.evidenceProperty()));
        Button choose = new Button(Texts.get("plan.detail.chooseEvidence"), new FontIcon("mdi2p-paperclip"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("plan.detail.chooseEvidence"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                model.evidenceProperty().set(f.toPath());
            }
        });
        Button add = new Button(Texts.get("plan.detail.addNote"), new FontIcon("mdi2n-note-plus-outline"));
        add.setTooltip(new Tooltip(Texts.get("plan.detail.addNoteTip")));
        add.setOnAction(e -> model.addNote());
        add.disableProperty().bind(model.busyProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.noteErrorProperty());
        Label dateCaption = new Label(Texts.get("plan.detail.noteDate"));
        dateCaption.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, dateCaption, date);
        top.setAlignment(Pos.CENTER_LEFT);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane evidenceRow = WrappingRow.of(8, choose, file);
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(8, add);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(notes, Priority.SOMETIMES);
        return new VBox(6, title, notes, top, note, evidenceRow, error, bottom);
    }

    private static void addFact(GridPane grid, int row, String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().add("muted");
        c.setMinWidth(64);
        grid.add(c, 0, row);
        grid.add(value, 1, row);
    }

    private static Label value() {
        Label l = new Label();
        l.setWrapText(true);
        return l;
    }

    /** A note: its date and text, and its evidence file with a button to copy where the copy is. */
    private final class NoteCell extends ListCell<ProgressNote> {
        @Override
        protected void updateItem(ProgressNote n, boolean empty) {
            super.updateItem(n, empty);
            setText(null);
            if (empty || n == null) {
                setGraphic(null);
                return;
            }
            Label date = new Label(n.notedOn().toString());
            date.getStyleClass().add("muted");
            date.setMinWidth(82);
            Label body = new Label(n.note());
            body.setWrapText(true);
            body.setMaxWidth(360);
            HBox row = new HBox(8, date, body);
            if (n.evidenceFile() != null) {
                Path path = Path.of(n.evidenceFile());
                Button copy = new Button(path.getFileName().toString(), new FontIcon("mdi2c-content-copy"));
                copy.getStyleClass().add("plan-evidence");
                copy.setTooltip(new Tooltip(Texts.get("plan.detail.copyEvidencePath")));
                copy.setOnAction(e -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(model.evidencePath(n).toString());
                    Clipboard.getSystemClipboard().setContent(c);
                });
                row.getChildren().add(copy);
            }
            row.setAlignment(Pos.TOP_LEFT);
            setGraphic(row);
        }
    }
}
