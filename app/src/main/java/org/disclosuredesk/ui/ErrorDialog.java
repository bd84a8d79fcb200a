// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ClipboardContent;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.disclosuredesk.db.DatabaseOpenException;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;

/** An error for a person: what happened and what to do; never a stack trace, but details to copy. */
public final class ErrorDialog {

    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());

    private ErrorDialog() {
    }

    public static void show(String title, Throwable error, Path logFolder) {
        Alert alert = build(title, error, logFolder);
        boolean expected = isExpected(error);
        if (!expected) {
            // Logged here, where it is handled, once: the code in the dialog finds the trace in the file it names.
            LOG.log(Level.SEVERE, "[" + UserMessages.errorCode(error) + "] " + title, error);
            alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.LEFT).ifPresent(b -> copyDetails(error));
        } else {
            alert.showAndWait();
        }
    }

    static Alert build(String title, Throwable error, Path logFolder) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.CLOSE);
        alert.getButtonTypes().setAll(new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(title);
        alert.setHeaderText(title);
        Theme.style(alert.getDialogPane());
        alert.setContentText(isExpected(error) ? UserMessages.of(error)
                : UserMessages.of(error) + "\n" + Texts.get("error.logFile", WindowLog.currentFile(logFolder)));
        if (!isExpected(error)) {
            alert.getButtonTypes().add(new ButtonType(Texts.get("error.copyDetails"), ButtonBar.ButtonData.LEFT));
        }
        return alert;
    }

    private static boolean isExpected(Throwable error) {
        return error instanceof UserError || error instanceof DatabaseOpenException;
    }

    private static void copyDetails(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        ClipboardContent content = new ClipboardContent();
        content.putString(UserMessages.errorCode(error) + "\n" + trace);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
