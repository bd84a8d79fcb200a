// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks a form field whose value the service refused: ControlsFX's error graphic on the field's corner
 * (its tooltip says what to fix) beside the message under the field, so a worker scanning a long form
 * sees at a glance which fields need attention. The messages come from the view model's map of field
 * key → message, filled from a {@code ValidationError}; the mark follows that map. The rules stay in the
 * services, so ControlsFX's validators are not used: only its decoration.
 */
public final class FieldErrorDecoration {

    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private FieldErrorDecoration() {
    }

    public static void decorate(Control field, ObservableMap<String, String> errors, String key) {
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (key.equals(change.getKey())) {
                show(field, errors.get(key));
            }
        });
        show(field, errors.get(key));
    }

    private static void show(Control field, String message) {
        DECORATION.removeDecorations(field);
        if (message != null && !message.isBlank()) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(field, message));
        }
    }

    /** True when the field carries the error mark (for tests). */
    public static boolean isMarked(Control field) {
        var decorations = Decorator.getDecorations(field);
        return decorations != null && !decorations.isEmpty();
    }
}
