// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ClipboardContent;
import java.nio.file.Path;
import org.disclosuredesk.shared.UserMessages;

/** An error for a person: what happened and what to do; never a stack trace, but details to copy. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(String title, Throwable error, Path logFolder) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Theme.style(alert.getDialogPane());
        boolean expected = UserMessages.isExpected(error);
        alert.setContentText(expected ? UserMessages.of(error) : UserMessages.of(error) + "\n" + Texts.get("error.logFolder", logFolder));
        if (!expected) {
            ButtonType copy = new ButtonType(Texts.get("error.copyDetails"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().add(copy);
            alert.showAndWait().filter(copy::equals).ifPresent(b -> copyDetails(error));
        } else {
            alert.showAndWait();
        }
    }

    private static void copyDetails(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        ClipboardContent content = new ClipboardContent();
        content.putString(UserMessages.errorCode(error) + "\n" + trace);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
