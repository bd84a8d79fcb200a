// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.io.File;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.disclosuredesk.register.transfer.RegisterColumn;
import org.disclosuredesk.shared.transfer.ImportProblem;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** 导入台账: file, column mapping, the preview's problems row by row, and the import of the valid rows. */
final class RegisterImportDialog extends Dialog<Void> {

    private final RegisterImportViewModel model;
    private final GridPane mapping = new GridPane();

    RegisterImportDialog(RegisterImportViewModel model, Runnable onImported) {
        this.model = model;
        setTitle(Texts.get("register.import.title"));
        setHeaderText(Texts.get("register.import.header"));
        setResizable(true);

        Label file = new Label(Texts.get("register.import.noFile"));
        model.fileProperty().addListener((obs, old, f) -> file.setText(f == null ? "" : f.toString()));
        Button choose = new Button(Texts.get("register.import.choose"), new FontIcon("mdi2f-folder-open-outline"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("register.import.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("register.import.filter"), "*.xlsx", "*.csv"));
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                model.choose(f.toPath());
            }
        });
        HBox fileRow = new HBox(8, choose, file);

        mapping.setHgap(10);
        mapping.setVgap(4);
        model.headings().addListener((javafx.collections.ListChangeListener<String>) c -> buildMapping());
        // Choosing a column for one heading may take it from another: redraw after the choice has settled.
        model.mappingProperty().addListener((obs, old, m) -> javafx.application.Platform.runLater(this::buildMapping));
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setPrefHeight(170);
        mappingScroll.setFitToWidth(true);

        ListView<ImportProblem> problems = new ListView<>(model.problems());
        problems.setPrefHeight(190);
        problems.setPlaceholder(new Label(Texts.get("register.import.noProblems")));
        problems.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ImportProblem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.describe());
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        VBox content = new VBox(8, fileRow, new Label(Texts.get("register.import.mapping")), mappingScroll,
                new Label(Texts.get("register.import.problems")), problems, progress, message);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(720);
        getDialogPane().setContent(content);

        ButtonType check = new ButtonType(Texts.get("register.import.check"), ButtonBar.ButtonData.OTHER);
        ButtonType importRows = new ButtonType(Texts.get("register.import.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Texts.get("register.import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(check, importRows, close);
        Button checkButton = (Button) getDialogPane().lookupButton(check);
        checkButton.disableProperty().bind(model.busyProperty().or(model.fileProperty().isNull()));
        checkButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.check();
        });
        Button importButton = (Button) getDialogPane().lookupButton(importRows);
        importButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Texts.get("register.import.importN", model.validRowsProperty().get()), model.validRowsProperty()));
        importButton.disableProperty().bind(model.busyProperty().or(model.validRowsProperty().isEqualTo(0)).or(model.importedProperty()));
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importValid(onImported);
        });
        Button closeButton = (Button) getDialogPane().lookupButton(close);
        closeButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.busyProperty().get()) {
                e.consume();   // first stop the running work; the register stays as it was
                model.cancel();
            }
        });
    }

    private void buildMapping() {
        mapping.getChildren().clear();
        int row = 0;
        for (String heading : model.headings()) {
            Label label = new Label(heading.isBlank() ? Texts.get("register.import.blankHeading") : heading);
            ComboBox<RegisterColumn> column = Choices.of(RegisterColumn.values(), RegisterColumn::heading,
                    Texts.get("register.import.skipColumn"));
            column.setValue(model.mappingProperty().get().column(heading).orElse(null));
            column.valueProperty().addListener((obs, old, c) -> model.map(heading, c));
            mapping.add(label, (row % 2) * 2, row / 2);
            mapping.add(column, (row % 2) * 2 + 1, row / 2);
            row++;
        }
    }
}
