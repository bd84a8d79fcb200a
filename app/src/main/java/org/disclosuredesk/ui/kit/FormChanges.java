// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ObservableValue;

/**
 * Whether a form holds typing that is not saved: its fields compared with what they held when the form
 * was last filled or saved. Esc, another year, another record ask before throwing typing away.
 */
public final class FormChanges {

    private final List<ObservableValue<?>> fields = new ArrayList<>();
    private final Map<ObservableValue<?>, Object> baseline = new IdentityHashMap<>();

    public FormChanges(List<? extends ObservableValue<?>> fields) {
        this.fields.addAll(fields);
        markUnchanged();
    }

    /** The form was just filled from storage (or emptied for a new record), or saved. */
    public void markUnchanged() {
        fields.forEach(f -> baseline.put(f, f.getValue()));
    }

    /** A value the app itself put in one field (a proposed number) is not the clerk's typing. */
    public void accept(ObservableValue<?> field) {
        baseline.put(field, field.getValue());
    }

    public boolean any() {
        return fields.stream().anyMatch(f -> !Objects.equals(normal(baseline.get(f)), normal(f.getValue())));
    }

    /** An empty text and no text are the same for a clerk. */
    private static Object normal(Object value) {
        return value instanceof String && ((String) value).isEmpty() ? null : value;
    }
}
