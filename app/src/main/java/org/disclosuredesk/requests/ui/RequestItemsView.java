// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.RequestItem;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 一事一申请 on the request detail: 「拆分为多项」 opens {@link SplitItemsDialog}; each item is listed with its
 * own result row, chosen as the request's is in 作出答复; 「合并为一项」 undoes the split.
 */
public final class RequestItemsView extends VBox {

    private final RequestItemsViewModel model;
    private final VBox list = new VBox(6);

    public RequestItemsView(RequestItemsViewModel model) {
        this.model = model;
        setSpacing(8);
        getStyleClass().add("request-items");
        Label title = new Label(Texts.get("requests.items.title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button split = new Button(Texts.get("requests.items.split"), new FontIcon("mdi2c-call-split"));
        split.setId("splitItems");
        split.setMinWidth(Region.USE_PREF_SIZE);
        split.disableProperty().bind(model.busyProperty());
        split.setOnAction(e -> new SplitItemsDialog(model.linesForDialog()).ask().ifPresent(model::split));
        Button merge = new Button(Texts.get("requests.items.merge"), new FontIcon("mdi2c-call-merge"));
        merge.setId("mergeItems");
        merge.setMinWidth(Region.USE_PREF_SIZE);
        merge.visibleProperty().bind(model.splitProperty());
        merge.managedProperty().bind(merge.visibleProperty());
        merge.disableProperty().bind(model.busyProperty());
        merge.setOnAction(e -> {
            if (Dialogs.accepted(Dialogs.confirm(Texts.get("requests.items.mergeQuestion"), Texts.get("requests.items.merge")))) {
                model.merge();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, split, merge);
        header.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().setAll(header, list, message);
        model.items().addListener((ListChangeListener<RequestItem>) c -> showItems());
        showItems();
    }

    private void showItems() {
        list.getChildren().clear();
        if (model.items().isEmpty()) {
            Label none = new Label(Texts.get("requests.items.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            list.getChildren().add(none);
            return;
        }
        for (RequestItem item : model.items()) {
            Label text = new Label(item.number() + ". " + item.content());
            text.setWrapText(true);
            text.setMinWidth(120);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            ComboBox<ResultRow> result = RequestControls.combo(ResultRow::fullLabel, Texts.get("requests.items.sameAsRequest"));
            result.getItems().add(null);
            result.getItems().addAll(RequestItemsViewModel.choosableResults());
            result.setId("itemResult-" + item.number());
            result.setValue(item.result());
            result.setPrefWidth(230);
            result.setMaxWidth(230);
            if (item.result() != null) {
                result.setTooltip(new Tooltip(item.result().fullLabel()));
            }
            result.setAccessibleText(Texts.get("requests.items.resultOf", item.number()));
            result.disableProperty().bind(model.busyProperty());
            result.valueProperty().addListener((o, old, chosen) -> model.setResult(item.number(), chosen));
            HBox line = new HBox(8, text, result);
            line.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(line);
        }
    }
}
