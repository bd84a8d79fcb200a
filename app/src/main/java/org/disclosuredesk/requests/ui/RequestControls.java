// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.util.function.Function;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.disclosuredesk.requests.RequestStatus;

/** The small controls every request view uses the same way: status badges, labelled combos, error labels. */
final class RequestControls {

    private RequestControls() {
    }

    static Label badge(RequestStatus status) {
        Label badge = new Label(status.label());
        badge.getStyleClass().addAll("badge", tone(status));
        return badge;
    }

    static String tone(RequestStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "info";
            case DUE_SOON -> "warning";
            case OVERDUE -> "danger";
            case CLOSED -> "ok";
            case CLOSED_LATE -> "late";
            case DATE_NOT_RECORDED -> "warning";
        };
    }

    /** A combo box showing {@code text} of each item, and {@code none} for null. */
    static <T> ComboBox<T> combo(Function<T, String> text, String none) {
        ComboBox<T> box = new ComboBox<>();
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? none : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(cell(converter));
        box.setCellFactory(v -> cell(converter));
        return box;
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }

    /** A red line under a field, showing the problem the view model reports for {@code key}. */
    static Label errorLabel(ObservableMap<String, String> errors, String key) {
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        errors.addListener((MapChangeListener<String, String>) change -> {
            String text = errors.getOrDefault(key, "");
            error.setText(text);
            error.setVisible(!text.isEmpty());
            error.setManaged(!text.isEmpty());
        });
        return error;
    }

    /**
     * In a text area Tab moves to the next field (as in every other field) and Enter saves; Shift+Enter
     * starts a new line. Keeps the form fast from the keyboard.
     */
    static void keyboardLikeAField(TextArea area, Runnable save) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                Node source = (Node) e.getSource();
                source.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                save.run();
            }
        });
    }
}
