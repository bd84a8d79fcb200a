// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;

/**
 * The app's small questions and notices, built in one place: the shipped CJK font, the app's stylesheet
 * and Chinese buttons that say their action, whatever the machine's locale (JavaFX's own
 * {@code ButtonType.CANCEL} reads "Cancel" on an English system).
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** A question whose yes-button names the action; the other button is 取消. */
    public static Alert confirm(String question, String yes) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yesButton(yes), cancelButton());
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(null);
        return styled(alert);
    }

    /** A warning with a header and free content (a list of findings) before the action goes ahead. */
    public static Alert warning(String header, Node content, String yes) {
        Alert alert = new Alert(Alert.AlertType.WARNING, null, yesButton(yes), cancelButton());
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        return styled(alert);
    }

    /** A problem the clerk can fix, said in Chinese; closing it is the only action. */
    public static Alert problem(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(null);
        return styled(alert);
    }

    /** One line of text, e.g. the reason for unlocking a year. */
    public static TextInputDialog askText(String title, String header, String label, String yes) {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(title);
        ask.setHeaderText(header);
        ask.setContentText(label);
        ask.getDialogPane().getButtonTypes().setAll(yesButton(yes), cancelButton());
        return styled(ask);
    }

    /** True when the person chose the yes-button. */
    public static boolean accepted(Dialog<?> dialog) {
        return dialog.showAndWait()
                .filter(b -> b instanceof ButtonType && ((ButtonType) b).getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .isPresent();
    }

    public static ButtonType cancelButton() {
        return new ButtonType(Texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static ButtonType yesButton(String yes) {
        return new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
    }

    private static <D extends Dialog<?>> D styled(D dialog) {
        Theme.style(dialog.getDialogPane());
        return dialog;
    }
}
