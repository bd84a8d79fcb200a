// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 废止: asks for the date (it decides which year's 本年废止件数 counts the document) and, if there is
 * one, the replacing document, found by 文号, 索引号 or words of its title as the office types.
 */
final class AbolishDialog extends Dialog<Void> {

    AbolishDialog(DocumentFormViewModel model) {
        setTitle(Texts.get("register.abolish.title"));
        setHeaderText(Texts.get("register.abolish.header", model.title()));
        TextField date = new TextField(model.today().toString());
        date.setId("abolish-date");
        DocumentLookupBox lookup = new DocumentLookupBox(model, "abolish", Texts.get("register.abolish.find.hint"),
                Texts.get("register.abolish.none"));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        Label dateLabel = new Label(Texts.get("register.abolish.date"));
        dateLabel.setLabelFor(date);
        Label findLabel = new Label(Texts.get("register.abolish.replacing"));
        findLabel.setLabelFor(lookup.findField());
        VBox content = new VBox(6, dateLabel, date, findLabel, lookup, error);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType abolish = new ButtonType(Texts.get("register.abolish.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("register.abolish.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(abolish, cancel);
        Button ok = (Button) getDialogPane().lookupButton(abolish);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();   // the dialog stays open until the register accepts the date
            error.setText("");
            model.abolish(date.getText(), lookup.selectedProperty().get(), error::setText, this::closeDialog);
        });
        setOnShown(e -> date.requestFocus());
    }

    private void closeDialog() {
        setResult(null);
        close();
    }
}
