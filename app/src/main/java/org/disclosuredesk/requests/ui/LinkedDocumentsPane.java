// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.requests.DocumentLink;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** 「转为主动公开」: the register entries this request produced (条例第四十四条), with 关联 and 取消关联. */
public final class LinkedDocumentsPane extends VBox {

    private final LinkedDocumentsViewModel model;
    private final VBox list = new VBox(10);

    public LinkedDocumentsPane(LinkedDocumentsViewModel model) {
        this.model = model;
        setSpacing(8);
        setId("linkedDocuments");
        Label title = new Label(Texts.get("requests.links.title"));
        title.getStyleClass().add("section-title");
        Button add = new Button(Texts.get("requests.links.add"), new FontIcon("mdi2l-link-variant-plus"));
        add.setId("linkDocument");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> new DocumentPickerDialog(model).showAndWait()
                .ifPresent(pick -> model.link(pick.document(), pick.note())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Texts.get("requests.links.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Label message = new Label();
        message.setId("linkMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().setAll(header, hint, list, message);
        model.links().addListener((ListChangeListener<DocumentLink>) c -> showLinks());
        showLinks();
    }

    private void showLinks() {
        list.getChildren().clear();
        if (model.links().isEmpty()) {
            Label none = new Label(Texts.get("requests.links.none"));
            none.getStyleClass().add("muted");
            list.getChildren().add(none);
        }
        for (DocumentLink link : model.links()) {
            Label document = new Label(link.document().describe());
            document.setWrapText(true);
            Label when = new Label(Texts.get("requests.links.linkedOn", link.linkedOn()) + (link.note() == null ? "" : "　" + link.note()));
            when.getStyleClass().add("muted");
            when.setWrapText(true);
            VBox text = new VBox(2, document, when);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button unlink = new Button(null, new FontIcon("mdi2l-link-off"));
            unlink.getStyleClass().add("flat");
            unlink.setTooltip(new Tooltip(Texts.get("requests.links.unlink")));
            unlink.setAccessibleText(Texts.get("requests.links.unlink"));
            unlink.disableProperty().bind(model.busyProperty());
            unlink.setOnAction(e -> {
                if (Dialogs.accepted(Dialogs.confirm(Texts.get("requests.links.unlinkQuestion", link.requestNumber(),
                        link.document().describe()), Texts.get("requests.links.unlink")))) {
                    model.unlink(link);
                }
            });
            HBox line = new HBox(8, text, unlink);
            line.getStyleClass().add("linked-document");
            line.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(line);
        }
    }
}
