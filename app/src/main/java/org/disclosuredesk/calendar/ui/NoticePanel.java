// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** The right-hand column: paste a notice, read it, check the preview, save it; then what moved. */
final class NoticePanel extends VBox {

    private static final KeyCombination PARSE_KEYS = Shortcuts.CONFIRM;

    NoticePanel(CalendarSettingsViewModel model) {
        getStyleClass().add("notice-panel");
        Label title = new Label(Texts.get("calendar.paste.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(Texts.get("calendar.paste.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        TextArea text = new TextArea();
        text.setId("noticeText");
        text.setPromptText(Texts.get("calendar.paste.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(model.noticeTextProperty());
        // Enter belongs to the text; Ctrl+Enter reads the notice without leaving the keyboard.
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PARSE_KEYS.match(e)) {
                e.consume();
                model.parseNotice();
            }
        });

        Button parse = new Button(Texts.get("calendar.paste.parse"), new FontIcon("mdi2t-text-search"));
        parse.setId("parseNotice");
        parse.disableProperty().bind(model.busyProperty());
        parse.setOnAction(e -> model.parseNotice());
        parse.setTooltip(new Tooltip(Texts.get("calendar.paste.parseKeys")));
        Button clear = new Button(Texts.get("calendar.paste.discard"), new FontIcon("mdi2c-close"));
        clear.setOnAction(e -> {
            model.discardPreview();
            model.noticeTextProperty().set("");
        });
        HBox parseRow = new HBox(8, parse, clear);

        Label heading = new Label();
        heading.getStyleClass().add("preview-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(model.previewHeadingProperty());
        showWhenFilled(heading, Bindings.isNotEmpty(model.previewHeadingProperty()));
        Label problems = bulletList("previewProblems", model.previewProblems(), "problem-text");

        Button save = new Button("", new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveNotice");
        save.textProperty().bind(model.saveTextProperty());
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSaveProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> model.saveNotice());
        Label blocked = new Label();
        blocked.getStyleClass().add("muted");
        blocked.setWrapText(true);
        blocked.textProperty().bind(model.saveBlockedReasonProperty());
        showWhenFilled(blocked, Bindings.isNotEmpty(model.saveBlockedReasonProperty()));

        ListView<String> lines = list("previewLines", model.previewLines(), 170);
        showWhenFilled(lines, Bindings.isNotEmpty(model.previewLines()));
        Label notes = bulletList("previewNotes", model.previewNotes(), "note-text");

        Label movedHeading = new Label();
        movedHeading.getStyleClass().add("section-title");
        movedHeading.setWrapText(true);
        movedHeading.textProperty().bind(model.movedHeadingProperty());
        ListView<String> moved = list("movedDueDates", model.movedDueDates(), 120);
        showWhenFilled(movedHeading, Bindings.isNotEmpty(model.movedHeadingProperty()));
        showWhenFilled(moved, Bindings.isNotEmpty(model.movedDueDates()));

        setSpacing(8);
        getChildren().addAll(title, hint, text, parseRow, heading, problems, save, blocked, lines, notes, movedHeading, moved);
    }

    /** Problems and notes as wrapped lines of text, one bullet each; hidden while there are none. */
    private static Label bulletList(String id, ObservableList<String> items, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> items.stream().map(item -> "• " + item).collect(Collectors.joining("\n")), items));
        showWhenFilled(label, Bindings.isNotEmpty(items));
        return label;
    }

    private static ListView<String> list(String id, ObservableList<String> items, double height) {
        ListView<String> list = new ListView<>(items);
        list.getStyleClass().add("dense");
        list.setId(id);
        list.setPrefHeight(height);
        list.setFocusTraversable(true);
        list.setCellFactory(view -> new WrappingCell());
        return list;
    }

    /** Long problem lines wrap inside the narrow column instead of scrolling sideways. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private static void showWhenFilled(javafx.scene.Node node, javafx.beans.binding.BooleanExpression filled) {
        node.visibleProperty().bind(filled);
        node.managedProperty().bind(filled);
    }
}
