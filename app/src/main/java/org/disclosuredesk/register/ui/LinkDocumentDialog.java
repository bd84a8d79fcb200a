// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.disclosuredesk.register.DocumentRef;
import org.disclosuredesk.ui.kit.Texts;

/**
 * Picks a register entry to link: the document that replaces this one, or its 政策解读. The link is
 * saved with the form (保存文件), like every other field.
 */
final class LinkDocumentDialog extends Dialog<DocumentRef> {

    enum Purpose {
        REPLACEMENT("register.link.replacement.title", "register.link.replacement.header"),
        INTERPRETATION("register.link.interpretation.title", "register.link.interpretation.header");

        private final String titleKey;
        private final String headerKey;

        Purpose(String titleKey, String headerKey) {
            this.titleKey = titleKey;
            this.headerKey = headerKey;
        }
    }

    LinkDocumentDialog(DocumentFormViewModel model, Purpose purpose) {
        setTitle(Texts.get(purpose.titleKey));
        setHeaderText(Texts.get(purpose.headerKey, model.title()));
        DocumentLookupBox lookup = new DocumentLookupBox(model, "link", Texts.get("register.abolish.find.hint"),
                Texts.get("register.link.none"));
        Label hint = new Label(Texts.get("register.link.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox content = new VBox(6, lookup, hint);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType link = new ButtonType(Texts.get("register.link.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("register.abolish.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(link, cancel);
        Button ok = (Button) getDialogPane().lookupButton(link);
        ok.disableProperty().bind(lookup.selectedProperty().isNull());
        setResultConverter(b -> b == link ? lookup.selectedProperty().get() : null);
        setOnShown(e -> lookup.findField().requestFocus());
    }
}
