// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/** First start: the office's name, and whether to fill in a demo office to look around. */
public final class FirstStartDialog {

    /** What the person chose. */
    public record Choice(String officeName, boolean withDemoData) {
    }

    private FirstStartDialog() {
    }

    public static Optional<Choice> ask() {
        Dialog<Choice> dialog = build();
        Platform.runLater(() -> dialog.getDialogPane().getContent().lookup(".text-field").requestFocus());
        return dialog.showAndWait();
    }

    /** The dialog, not shown: a name of spaces cannot start, and Enter anywhere starts. */
    static Dialog<Choice> build() {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("firstStart.title"));
        dialog.setHeaderText(Texts.get("firstStart.header"));
        TextField name = new TextField();
        name.setPromptText(Texts.get("firstStart.officeName.prompt"));
        name.setPrefColumnCount(28);
        CheckBox demo = new CheckBox(Texts.get("firstStart.demo"));
        Label hint = new Label(Texts.get("firstStart.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Label blank = new Label(Texts.get("firstStart.officeName.blank"));
        blank.getStyleClass().add("muted");
        VBox body = new VBox(10, new Label(Texts.get("firstStart.officeName")), name, blank, demo, hint);
        body.setPadding(new Insets(8, 4, 4, 4));
        dialog.getDialogPane().setContent(body);
        ButtonType start = new ButtonType(Texts.get("firstStart.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Texts.get("firstStart.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, quit);
        Theme.style(dialog.getDialogPane());
        // "   " is no office name: the window title would read "政务公开工作台 — " and the settings refuse it.
        BooleanBinding nameBlank = Bindings.createBooleanBinding(() -> name.getText() == null || name.getText().isBlank(),
                name.textProperty());
        Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
        startButton.disableProperty().bind(nameBlank);
        blank.visibleProperty().bind(nameBlank.and(name.textProperty().isNotEmpty()));
        blank.managedProperty().bind(blank.visibleProperty());
        // A focused check box takes Enter as "toggle"; on this dialog Enter means 开始使用, as everywhere else.
        demo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                startButton.fire();
            }
        });
        dialog.setResultConverter(b -> b == start ? new Choice(name.getText().strip(), demo.isSelected()) : null);
        return dialog;
    }
}
