// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** The check results: green when all pass, else errors (block export) then warnings; each opens its cause. */
final class FindingsView extends VBox {

    private final Label summary = new Label();
    private final ListView<Finding> list = new ListView<>();
    private Report report;

    FindingsView(Consumer<Finding> onOpen) {
        super(8);
        setPadding(new Insets(12));
        summary.getStyleClass().add("badge");
        Label hint = new Label(Texts.get("report.checks.hint"));
        hint.getStyleClass().add("muted");
        list.setPlaceholder(new Label(Texts.get("report.checks.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                FontIcon icon = new FontIcon(f.isError() ? "mdi2c-close-circle" : "mdi2a-alert");
                icon.getStyleClass().add(f.isError() ? "rg-error-icon" : "rg-warning-icon");
                setGraphic(icon);
                String where = report == null ? "" : f.where(report.format());
                setText((where.isEmpty() ? "" : where + "\n") + f.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(summary, hint, list);
    }

    void show(Report r) {
        this.report = r;
        List<Finding> findings = r.findings();
        list.getItems().setAll(findings);
        summary.getStyleClass().removeAll("ok", "warning", "danger");
        if (!r.exportable()) {
            summary.setText(Texts.get("report.checks.errors", r.errors().size(), r.warnings().size()));
            summary.getStyleClass().add("danger");
        } else if (!r.warnings().isEmpty()) {
            summary.setText(Texts.get("report.checks.warnings", r.warnings().size()));
            summary.getStyleClass().add("warning");
        } else {
            summary.setText(Texts.get("report.checks.passed"));
            summary.getStyleClass().add("ok");
        }
    }

    /** The one-line state for the screen's header. */
    static String badge(Report r) {
        if (!r.exportable()) {
            return Texts.get("report.checks.errors", r.errors().size(), r.warnings().size());
        }
        return r.warnings().isEmpty() ? Texts.get("report.checks.passed") : Texts.get("report.checks.warnings", r.warnings().size());
    }
}
