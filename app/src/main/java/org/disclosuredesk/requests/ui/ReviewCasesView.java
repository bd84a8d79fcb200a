// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.requests.ReviewCase;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** 行政复议 / 行政诉讼 linked to this request (table 四), with an inline form to add or update one. */
public final class ReviewCasesView extends VBox {

    private final ReviewCasesViewModel model;
    private final VBox list = new VBox(4);

    public ReviewCasesView(ReviewCasesViewModel model) {
        this.model = model;
        setSpacing(8);
        Label title = new Label(Texts.get("requests.review.title"));
        title.getStyleClass().add("section-title");
        Button add = new Button(Texts.get("requests.review.add"), new FontIcon("mdi2s-scale-balance"));
        add.setOnAction(e -> model.startNew());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox form = form();
        form.visibleProperty().bind(model.editingProperty());
        form.managedProperty().bind(model.editingProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().setAll(header, list, form, message);
        model.cases().addListener((ListChangeListener<ReviewCase>) c -> showCases());
        showCases();
    }

    private void showCases() {
        list.getChildren().clear();
        if (model.cases().isEmpty()) {
            Label none = new Label(Texts.get("requests.review.none"));
            none.getStyleClass().add("muted");
            list.getChildren().add(none);
        }
        for (ReviewCase c : model.cases()) {
            Label result = new Label(c.result().label());
            result.getStyleClass().addAll("badge", c.isPending() ? "warning" : "neutral");
            Label text = new Label(c.kind().label() + "　" + (c.caseNumber() == null ? "" : c.caseNumber() + "　")
                    + Texts.get("requests.review.filed", c.filedOn()) + (c.closedOn() == null ? "" : "　" + Texts.get("requests.review.closed", c.closedOn())));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button edit = new Button(null, new FontIcon("mdi2p-pencil-outline"));
            edit.getStyleClass().add("flat");
            edit.setTooltip(new Tooltip(Texts.get("requests.review.edit")));
            edit.setOnAction(e -> model.edit(c));
            HBox line = new HBox(8, result, text, edit);
            line.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(line);
        }
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ComboBox<ReviewKind> kind = RequestControls.combo(ReviewKind::label, "");
        kind.getItems().setAll(ReviewKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<ReviewResult> result = RequestControls.combo(ReviewResult::label, "");
        result.getItems().setAll(ReviewResult.values());
        result.valueProperty().bindBidirectional(model.resultProperty());
        TextField number = field("");
        number.textProperty().bindBidirectional(model.caseNumberProperty());
        TextField filed = field(Texts.get("requests.form.datePrompt"));
        filed.textProperty().bindBidirectional(model.filedOnProperty());
        TextField closed = field(Texts.get("requests.review.closedPrompt"));
        closed.textProperty().bindBidirectional(model.closedOnProperty());
        number.setPromptText(Texts.get("requests.review.numberPrompt"));
        int row = 0;
        row = add(grid, row, "kind", Texts.get("requests.review.kind"), kind);
        row = add(grid, row, "caseNumber", Texts.get("requests.review.caseNumber"), number);
        row = add(grid, row, "filedOn", Texts.get("requests.review.filedOn"), filed);
        row = add(grid, row, "result", Texts.get("requests.review.result"), result);
        add(grid, row, "closedOn", Texts.get("requests.review.closedOn"), closed);
        Button save = new Button(Texts.get("requests.review.save"), new FontIcon("mdi2c-content-save-outline"));
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(Texts.get("requests.timeline.cancel"));
        cancel.setOnAction(e -> model.cancel());
        VBox form = new VBox(8, grid, new HBox(8, save, cancel));
        form.getStyleClass().add("step-form");
        form.setPadding(new Insets(12));
        return form;
    }

    private TextField field(String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.setOnAction(e -> model.save());
        return f;
    }

    private int add(GridPane grid, int row, String key, String caption, Node field) {
        Label label = new Label(caption);
        label.setLabelFor(field);
        label.setMinWidth(96);
        grid.add(label, 0, row);
        grid.add(new VBox(2, field, RequestControls.errorLabel(model.fieldErrors(), key)), 1, row);
        return row + 1;
    }
}
