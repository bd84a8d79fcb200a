// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 操作记录 of one record, for any feature to embed (a tab of the request form, a pane under a document):
 * {@code history.show("request", id)}. Read-only: the audit trail is never edited.
 */
public final class AuditHistoryView extends BorderPane {

    private final AuditHistoryViewModel model;
    private final TableView<AuditRow> table = new TableView<>();

    public AuditHistoryView(AuditTrail audit, TaskExecutor executor) {
        this.model = new AuditHistoryViewModel(audit, executor);
        getStyleClass().add("audit-history");
        table.setId("auditHistory");
        table.setItems(model.entries());
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.messageProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(Texts.get("audit.column.at"), AuditRow::at, 140));
        table.getColumns().add(column(Texts.get("audit.column.actor"), AuditRow::actor, 80));
        table.getColumns().add(column(Texts.get("audit.column.action"), AuditRow::action, 70));
        table.getColumns().add(column(Texts.get("audit.column.field"), AuditRow::field, 100));
        table.getColumns().add(column(Texts.get("audit.column.oldValue"), AuditRow::oldValue, 160));
        table.getColumns().add(column(Texts.get("audit.column.newValue"), AuditRow::newValue, 160));
        table.getColumns().add(column(Texts.get("audit.column.summary"), AuditRow::summary, 220));
        setCenter(table);
    }

    /** Shows the history of {@code entity} (the table name, e.g. "request") #{@code entityId}. */
    public void show(String entity, long entityId) {
        model.show(entity, entityId);
    }

    /** Labels for stored field names, e.g. {@code Map.of("applicant_name", "申请人")}. */
    public void setFieldLabels(Map<String, String> labels) {
        model.setFieldLabels(labels);
    }

    public void clear() {
        model.clear();
    }

    AuditHistoryViewModel model() {
        return model;
    }

    private static TableColumn<AuditRow, String> column(String title, Function<AuditRow, String> value, double width) {
        TableColumn<AuditRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // long values (a request's content) are cut in the cell: the tooltip shows all of it
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        c.setPrefWidth(width);
        return c;
    }
}
