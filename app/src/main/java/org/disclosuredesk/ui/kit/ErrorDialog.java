// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ClipboardContent;
import org.disclosuredesk.shared.UserMessages;

/**
 * An error for a person: what happened and what to do; never a stack trace, but details to copy. An
 * unexpected error names the log file where its code and trace are (logged once, where it was caught:
 * {@code FailureLog} for background work).
 */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** @param logFile the file the window logs to, to be sent to whoever helps the office */
    public static void show(String title, Throwable error, Path logFile) {
        Alert alert = build(title, error, logFile);
        if (!UserMessages.isExpected(error)) {
            alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.LEFT).ifPresent(b -> copyDetails(error));
        } else {
            alert.showAndWait();
        }
    }

    /** The dialog, not shown (the dialog walk in the tests opens it). */
    public static Alert build(String title, Throwable error, Path logFile) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(title);
        alert.setHeaderText(title);
        Theme.style(alert.getDialogPane());
        boolean expected = UserMessages.isExpected(error);
        alert.setContentText(expected ? UserMessages.of(error) : UserMessages.of(error) + "\n" + Texts.get("error.logFile", logFile));
        if (!expected) {
            alert.getButtonTypes().add(new ButtonType(Texts.get("error.copyDetails"), ButtonBar.ButtonData.LEFT));
        }
        return alert;
    }

    private static void copyDetails(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        ClipboardContent content = new ClipboardContent();
        content.putString(UserMessages.errorCode(error) + "\n" + trace);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
