// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.disclosuredesk.register.DocumentRef;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.Texts;

/** Picks the register entry a request produced: type words of its 标题, its 文号 or 索引号, choose, add a note. */
final class DocumentPickerDialog extends Dialog<DocumentPickerDialog.Pick> {

    record Pick(DocumentRef document, String note) {
    }

    DocumentPickerDialog(LinkedDocumentsViewModel model) {
        setTitle(Texts.get("requests.links.pickTitle"));
        setHeaderText(Texts.get("requests.links.pickHeader"));
        TextField find = new TextField();
        find.setId("linkFind");
        find.setPromptText(Texts.get("requests.links.findPrompt"));
        ListView<DocumentRef> found = new ListView<>(model.found());
        found.setId("linkFound");
        found.setPrefHeight(180);
        found.setPlaceholder(new Label(Texts.get("requests.links.notFound")));
        found.setCellFactory(v -> new ListCell<>() {
            // A Text with a wrapping width: a long title then still shows its 文号 and 成文日期 (a wrapped
            // Label in a ListCell keeps one line and ends in …).
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(found.widthProperty().subtract(36));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(DocumentRef r, boolean empty) {
                super.updateItem(r, empty);
                text.setText(empty || r == null ? null : r.describe());
                setText(null);
                setGraphic(empty || r == null ? null : text);
            }
        });
        find.textProperty().addListener((o, old, text) -> model.lookup(text));
        TextField note = new TextField();
        note.setId("linkNote");
        note.setPromptText(Texts.get("requests.links.notePrompt"));
        Label noteLabel = new Label(Texts.get("requests.links.note"));
        noteLabel.setLabelFor(note);
        VBox content = new VBox(6, find, found, noteLabel, note);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        ButtonType link = new ButtonType(Texts.get("requests.links.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(link, Dialogs.cancelButton());
        Button ok = (Button) getDialogPane().lookupButton(link);
        ok.disableProperty().bind(found.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == link ? new Pick(found.getSelectionModel().getSelectedItem(), note.getText()) : null);
        setOnShown(e -> find.requestFocus());
    }
}
