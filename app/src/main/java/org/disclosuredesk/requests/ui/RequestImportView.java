// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.transfer.ImportField;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** Import of an existing log: choose the file, say which column is which, check the preview, import. */
public final class RequestImportView extends BorderPane {

    private final RequestImportViewModel model;
    private final GridPane mapping = new GridPane();
    private final Map<ImportField, ComboBox<String>> columns = new EnumMap<>(ImportField.class);
    private boolean syncing;

    public RequestImportView(RequestImportViewModel model, Runnable onChooseFile, Runnable onBack) {
        this.model = model;
        setPadding(new Insets(16, 24, 16, 24));
        Button back = new Button(Texts.get("requests.detail.back"), new FontIcon("mdi2a-arrow-left"));
        back.getStyleClass().add("flat");
        back.setOnAction(e -> onBack.run());
        Label title = new Label(Texts.get("requests.import.title"));
        title.getStyleClass().add("screen-title");
        Button choose = new Button(Texts.get("requests.import.choose"), new FontIcon("mdi2f-folder-open-outline"));
        choose.setOnAction(e -> onChooseFile.run());
        Label file = new Label();
        file.getStyleClass().add("muted");
        file.textProperty().bind(model.fileProperty().asString());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(12, back, title, choose, file, busy);
        top.setAlignment(Pos.CENTER_LEFT);

        Label mappingTitle = new Label(Texts.get("requests.import.mapping"));
        mappingTitle.getStyleClass().add("section-title");
        Label hint = new Label(Texts.get("requests.import.mappingHint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        mapping.setHgap(10);
        mapping.setVgap(6);
        model.headers().addListener((ListChangeListener<String>) c -> buildMapping());
        model.mappingProperty().addListener((o, old, m) -> syncMapping());

        Label summary = new Label();
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        TableView<ImportPreview.Row<ImportedRequest>> preview = previewTable();
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox center = new VBox(10, mappingTitle, hint, mapping, summary, message, preview);
        center.setPadding(new Insets(12, 0, 12, 0));

        Button importValid = new Button(Texts.get("requests.import.run"), new FontIcon("mdi2d-database-import-outline"));
        importValid.getStyleClass().add("accent");
        importValid.disableProperty().bind(model.canImportProperty().not().or(model.busyProperty()));
        importValid.setOnAction(e -> model.importValid());
        Label why = new Label(Texts.get("requests.import.runHint"));
        why.getStyleClass().add("field-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, why, spacer, importValid);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        setTop(top);
        setCenter(center);
        setBottom(bottom);
    }

    private void syncMapping() {
        syncing = true;
        columns.forEach((field, box) -> box.setValue(model.mappingProperty().get().heading(field).orElse(null)));
        syncing = false;
    }

    private void buildMapping() {
        mapping.getChildren().clear();
        columns.clear();
        int i = 0;
        for (ImportField field : ImportField.values()) {
            Label label = new Label(field.label() + (field.isRequired() ? " *" : ""));
            ComboBox<String> column = RequestControls.combo(h -> h, Texts.get("requests.import.noColumn"));
            column.getItems().add(null);
            column.getItems().addAll(model.headers());
            column.setValue(model.mappingProperty().get().heading(field).orElse(null));
            column.setMaxWidth(Double.MAX_VALUE);
            column.valueProperty().addListener((o, old, header) -> {
                if (!syncing) {
                    model.map(field, header);
                }
            });
            columns.put(field, column);
            label.setLabelFor(column);
            mapping.add(label, (i % 4) * 2, i / 4);
            mapping.add(column, (i % 4) * 2 + 1, i / 4);
            i++;
        }
    }

    private TableView<ImportPreview.Row<ImportedRequest>> previewTable() {
        TableView<ImportPreview.Row<ImportedRequest>> table = new TableView<>(model.rows());
        table.setPlaceholder(new Label(Texts.get("requests.import.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Texts.get("requests.import.col.row"), 50, r -> String.valueOf(r.rowNumber())));
        table.getColumns().add(column(Texts.get("requests.col.applicant"), 160, r -> request(r, q -> q.intake().applicant().name())));
        table.getColumns().add(column(Texts.get("requests.col.received"), 100, r -> request(r, q -> String.valueOf(q.intake().receivedOn()))));
        table.getColumns().add(column(Texts.get("requests.col.content"), 260, r -> request(r, q -> q.intake().content())));
        table.getColumns().add(column(Texts.get("requests.col.result"), 180, r -> request(r, q -> q.result() == null ? "" : q.result().fullLabel())));
        TableColumn<ImportPreview.Row<ImportedRequest>, String> problems = column(Texts.get("requests.import.col.problems"), 320,
                r -> !r.problems().isEmpty() ? String.join(" ", r.problems())
                        : r.warnings().isEmpty() ? Texts.get("requests.import.ok")
                        : Texts.get("requests.import.okWithWarnings", String.join(" ", r.warnings())));
        problems.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("import-problem");
                setText(empty ? null : text);
                ImportPreview.Row<ImportedRequest> row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !row.isValid()) {
                    getStyleClass().add("import-problem");
                }
            }
        });
        table.getColumns().add(problems);
        return table;
    }

    private static String request(ImportPreview.Row<ImportedRequest> row, java.util.function.Function<ImportedRequest, String> value) {
        return row.value() == null ? "" : value.apply(row.value());
    }

    private static TableColumn<ImportPreview.Row<ImportedRequest>, String> column(String title, double width,
            java.util.function.Function<ImportPreview.Row<ImportedRequest>, String> value) {
        TableColumn<ImportPreview.Row<ImportedRequest>, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }
}
