// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.disclosuredesk.register.DocumentRef;

/** Finds a register entry by 文号, 索引号 or words of its title as the office types, to pick it. */
final class DocumentLookupBox extends VBox {

    private final TextField find = new TextField();
    private final ListView<DocumentRef> found = new ListView<>();

    DocumentLookupBox(DocumentFormViewModel model, String idPrefix, String hint, String none) {
        super(6);
        find.setId(idPrefix + "-find");
        find.setPromptText(hint);
        found.setId(idPrefix + "-found");
        found.setPrefHeight(150);
        found.setPlaceholder(new Label(none));
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentRef r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.describe());
                setWrapText(true);
                // Wrap at the list's width: a long title then still shows its 文号 and 成文日期.
                if (!prefWidthProperty().isBound()) {
                    prefWidthProperty().bind(found.widthProperty().subtract(24));
                }
            }
        });
        find.textProperty().addListener((obs, old, text) -> model.lookup(text, found.getItems()::setAll));
        getChildren().addAll(find, found);
    }

    TextField findField() {
        return find;
    }

    ReadOnlyObjectProperty<DocumentRef> selectedProperty() {
        return found.getSelectionModel().selectedItemProperty();
    }
}
