// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.disclosuredesk.requests.notices.NoticeKind;
import org.disclosuredesk.requests.notices.NoticeType;
import org.disclosuredesk.requests.notices.Placeholder;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 设置 → 告知书: the notice types on the left, the text being edited with its preview in the middle, the
 * placeholders (by their Chinese names, double-click to insert) on the right; numbering and seal settings
 * folded above. Only binds and lays out.
 */
public final class NoticeTemplatesPane extends BorderPane {

    public NoticeTemplatesPane(NoticeTemplatesViewModel model) {
        setTop(settings(model));
        ListView<NoticeType> types = new ListView<>(model.types());
        types.setId("noticeTypes");
        types.setMinWidth(180);
        types.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NoticeType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.shortLabel());
                setTooltip(empty || t == null ? null : new Tooltip(t.label()));
            }
        });
        types.getSelectionModel().selectedItemProperty().addListener((o, old, t) -> model.selectedProperty().set(t));
        model.selectedProperty().addListener((o, old, t) -> types.getSelectionModel().select(t));

        TextArea editor = new TextArea();
        editor.setId("templateText");
        editor.setWrapText(true);
        editor.textProperty().bindBidirectional(model.textProperty());
        Label problem = new Label();
        problem.setId("templateProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemBinding());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label customised = new Label(Texts.get("notices.templates.customised"));
        customised.getStyleClass().add("muted");
        customised.visibleProperty().bind(model.customisedProperty());
        Button save = new Button(Texts.get("notices.templates.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveTemplate");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.problemBinding().isNotEmpty().or(model.busyProperty()));
        save.setOnAction(e -> model.save());
        Button reset = new Button(Texts.get("notices.templates.reset"), new FontIcon("mdi2r-restore"));
        reset.disableProperty().bind(model.customisedProperty().not().or(model.busyProperty()));
        reset.setOnAction(e -> model.reset());
        ComboBox<org.disclosuredesk.requests.notices.NoticeService.PreviewCandidate> request = new ComboBox<>(model.candidates());
        request.setId("previewRequest");
        request.valueProperty().bindBidirectional(model.candidateProperty());
        request.setPrefWidth(240);
        Button preview = new Button(Texts.get("notices.templates.preview"), new FontIcon("mdi2e-eye-outline"));
        preview.setOnAction(e -> model.preview());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        FlowPane actions = new FlowPane(8, 6, save, reset, customised, new Label(Texts.get("notices.templates.previewWith")), request, preview);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox editing = new VBox(6, editor, problem, actions, message);
        VBox.setVgrow(editor, Priority.ALWAYS);
        TextArea shown = new TextArea();
        shown.setId("templatePreview");
        shown.setEditable(false);
        shown.setWrapText(true);
        shown.textProperty().bind(model.previewProperty());
        SplitPane middle = new SplitPane(editing, shown);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.55);

        ListView<Placeholder> placeholders = new ListView<>(javafx.collections.FXCollections.observableArrayList(model.placeholders()));
        placeholders.setId("placeholders");
        placeholders.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Placeholder p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.token());
                setTooltip(empty || p == null ? null : new Tooltip(p.description()));
            }
        });
        placeholders.setOnMouseClicked(e -> {
            Placeholder p = placeholders.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                editor.insertText(editor.getCaretPosition(), p.token());
                editor.requestFocus();
            }
        });
        Label hint = new Label(Texts.get("notices.templates.insertHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox right = new VBox(6, hint, placeholders);
        VBox.setVgrow(placeholders, Priority.ALWAYS);
        right.setMinWidth(150);

        SplitPane split = new SplitPane(types, middle, right);
        split.setDividerPositions(0.24, 0.82);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setCenter(split);
        setPadding(new Insets(12, 12, 8, 12));
        model.load();
    }

    /** Numbering prefixes per series, contact line, where to file a review or a suit, how to pay. */
    private static TitledPane settings(NoticeTemplatesViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int i = 0;
        for (NoticeKind k : NoticeKind.values()) {
            field(grid, k.shortLabel() + Texts.get("notices.settings.prefix"), model.prefixProperty(k), "prefix." + k.name(),
                    (i % 4) * 2, i / 4, 10);
            i++;
        }
        int row = (NoticeKind.values().length + 3) / 4;
        field(grid, Texts.get("notices.settings.contact"), model.contactProperty(), "contact", 0, row, 16);
        field(grid, Texts.get("notices.settings.payment"), model.paymentProperty(), "payment", 4, row, 16);
        field(grid, Texts.get("notices.settings.reviewOrgan"), model.reviewOrganProperty(), "reviewOrgan", 0, row + 1, 16);
        field(grid, Texts.get("notices.settings.court"), model.courtProperty(), "court", 4, row + 1, 16);
        Button save = new Button(Texts.get("notices.settings.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setOnAction(e -> model.saveSettings());
        save.disableProperty().bind(model.busyProperty());
        Label why = new Label(Texts.get("notices.settings.hint"));
        why.getStyleClass().add("muted");
        why.setWrapText(true);
        HBox bar = new HBox(10, save, why);
        bar.setAlignment(Pos.CENTER_LEFT);
        TitledPane pane = new TitledPane(Texts.get("notices.settings.title"), new VBox(8, grid, bar));
        pane.setExpanded(false);
        return pane;
    }

    private static void field(GridPane grid, String caption, StringProperty property, String id, int column, int row, int columns) {
        Label label = new Label(caption);
        TextField input = new TextField();
        input.setId(id);
        input.setPrefColumnCount(columns);
        input.textProperty().bindBidirectional(property);
        label.setLabelFor(input);
        grid.add(label, column, row);
        grid.add(input, column + 1, row, columns > 10 ? 3 : 1, 1);
    }
}
