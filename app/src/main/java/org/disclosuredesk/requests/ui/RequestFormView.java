// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.ui.kit.FieldErrorDecoration;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The intake form, in the order a clerk reads a paper application: applicant, how it came, what is
 * asked. Tab moves field to field, Enter saves (the save button sits in the detail view's top bar),
 * problems appear under their field.
 */
public final class RequestFormView extends VBox {

    private final RequestFormViewModel model;
    private final GridPane grid = new GridPane();
    private final ContextMenu suggestions = new ContextMenu();
    private int row;
    private Node firstField;
    private int highlighted = -1;

    public RequestFormView(RequestFormViewModel model) {
        this.model = model;
        getStyleClass().add("request-form");
        setSpacing(10);
        setPadding(new Insets(4, 16, 16, 4));
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(104);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(captions, fields);

        ComboBox<ApplicantKind> kind = RequestControls.combo(ApplicantKind::displayLabel, "");
        kind.getItems().setAll(ApplicantKind.values());
        choice("applicantKind", Texts.get("requests.form.applicantKind"), kind, model.applicantKindProperty());
        firstField = kind;
        TextField name = text("applicantName", Texts.get("requests.form.applicantName"), model.applicantNameProperty(),
                Texts.get("requests.form.applicantNamePrompt"));
        ComboBox<IdType> idType = RequestControls.combo(IdType::label, "");
        idType.getItems().setAll(IdType.values());
        choice("idType", Texts.get("requests.form.idType"), idType, model.idTypeProperty());
        text("idNumber", Texts.get("requests.form.idNumber"), model.idNumberProperty(), "");
        text("phone", Texts.get("requests.form.phone"), model.phoneProperty(), "");
        text("address", Texts.get("requests.form.address"), model.addressProperty(), "");
        text("email", Texts.get("requests.form.email"), model.emailProperty(), "");
        ComboBox<RequestChannel> channel = RequestControls.combo(RequestChannel::label, "");
        channel.getItems().setAll(RequestChannel.values());
        choice("channel", Texts.get("requests.form.channel"), channel, model.channelProperty());
        text("submittedOn", Texts.get("requests.form.submittedOn"), model.submittedOnProperty(), Texts.get("requests.form.datePrompt"));
        text("receivedOn", Texts.get("requests.form.receivedOn"), model.receivedOnProperty(), Texts.get("requests.form.datePrompt"));
        Label rule = new Label();
        rule.getStyleClass().add("field-hint");
        rule.setWrapText(true);
        rule.textProperty().bind(model.receiptRuleProperty());
        grid.add(rule, 1, row++);
        TextArea content = new TextArea();
        content.setPrefRowCount(3);
        content.setWrapText(true);
        content.setPromptText(Texts.get("requests.form.contentPrompt"));
        RequestControls.keyboardLikeAField(content, model::save);
        place("content", Texts.get("requests.form.content"), content);
        content.textProperty().bindBidirectional(model.contentProperty());
        text("formWanted", Texts.get("requests.form.formWanted"), model.formWantedProperty(), Texts.get("requests.form.formWantedPrompt"));
        text("notes", Texts.get("requests.form.notes"), model.notesProperty(), "");

        getChildren().setAll(grid);
        wireSuggestions(name);
    }

    /** Puts the cursor in the first field, for typing a new application straight away. */
    public void focusFirstField() {
        if (firstField.getScene() != null) {
            firstField.requestFocus();
            return;
        }
        // The first time, the form is not yet inside the scroll pane's skin: focus it once it is in the scene.
        firstField.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene != null) {
                    firstField.sceneProperty().removeListener(this);
                    Platform.runLater(firstField::requestFocus);
                }
            }
        });
    }

    private TextField text(String key, String caption, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setOnAction(e -> model.save());
        place(key, caption, field);
        return field;
    }

    private <T> void choice(String key, String caption, ComboBox<T> box, ObjectProperty<T> property) {
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !box.isShowing()) {
                model.save();
            }
        });
        place(key, caption, box);
    }

    private void place(String key, String caption, Node field) {
        field.setId(key);
        Label label = new Label(caption);
        label.getStyleClass().add("form-caption");
        label.setLabelFor(field);
        VBox cell = new VBox(2, field, RequestControls.errorLabel(model.fieldErrors(), key));
        if (field instanceof Control) {
            FieldErrorDecoration.decorate((Control) field, model.fieldErrors(), key);
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row++);
    }

    /**
     * Earlier applicants as the name is typed; choosing one fills in their details. The keyboard stays
     * in the name field: Down/Up pick a line, Enter takes it (instead of saving), Esc closes the list.
     */
    private void wireSuggestions(TextField name) {
        name.textProperty().addListener((o, old, typed) -> {
            if (name.isFocused()) {
                model.suggest(typed);
            }
        });
        model.suggestions().addListener((ListChangeListener<Applicant>) c -> {
            suggestions.getItems().clear();
            highlighted = -1;
            for (Applicant a : model.suggestions()) {
                Label line = new Label(a.name() + "　" + a.kind().displayLabel() + (a.phone() == null ? "" : "　" + a.phone()));
                line.setPadding(new Insets(2, 6, 2, 6));
                CustomMenuItem item = new CustomMenuItem(line, true);
                item.setOnAction(e -> model.useApplicant(a));
                suggestions.getItems().add(item);
            }
            if (suggestions.getItems().isEmpty() || name.getScene() == null || !name.isFocused()) {
                suggestions.hide();
            } else if (!suggestions.isShowing()) {
                suggestions.show(name, Side.BOTTOM, 0, 0);
            }
        });
        name.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!suggestions.isShowing() || model.suggestions().isEmpty()) {
                return;
            }
            int count = model.suggestions().size();
            switch (e.getCode()) {
                case DOWN -> highlight((highlighted + 1) % count);
                case UP -> highlight(highlighted <= 0 ? count - 1 : highlighted - 1);
                case ENTER -> {
                    if (highlighted < 0) {
                        return;
                    }
                    model.useApplicant(model.suggestions().get(highlighted));
                }
                case ESCAPE -> suggestions.hide();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                suggestions.hide();
            }
        });
    }

    private void highlight(int index) {
        highlighted = index;
        for (int i = 0; i < suggestions.getItems().size(); i++) {
            Node line = ((CustomMenuItem) suggestions.getItems().get(i)).getContent();
            // Inline: the popup does not see the screen's style sheets.
            line.setStyle(i == index ? "-fx-background-color: #ddf4ff; -fx-background-radius: 4;" : "");
        }
    }
}
