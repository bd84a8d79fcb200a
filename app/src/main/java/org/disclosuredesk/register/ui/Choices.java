// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes over enums that show each value's statutory label, optionally with a first "any" entry. */
final class Choices {

    private Choices() {
    }

    /** A combo box of {@code values}; when {@code anyLabel} is given, null is the first entry and shows it. */
    static <T> ComboBox<T> of(T[] values, Function<T, String> label, String anyLabel) {
        List<T> items = new ArrayList<>();
        if (anyLabel != null) {
            items.add(null);
        }
        items.addAll(Arrays.asList(values));
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (anyLabel == null ? "" : anyLabel) : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(v -> toString(v).equals(text)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }
}
