// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class FormChangesTest {

    private final SimpleStringProperty name = new SimpleStringProperty("");
    private final SimpleObjectProperty<Integer> kind = new SimpleObjectProperty<>(1);
    private final FormChanges changes = new FormChanges(List.of(name, kind));

    @Test
    void typing_is_a_change_until_saved_and_typing_it_back_is_none() {
        assertFalse(changes.any());
        name.set("李四");
        assertTrue(changes.any());
        name.set("");
        assertFalse(changes.any());
        kind.set(2);
        assertTrue(changes.any());
        changes.markUnchanged();
        assertFalse(changes.any());
    }

    @Test
    void a_value_the_app_proposes_is_not_the_clerks_typing() {
        name.set("索引号-001");
        changes.accept(name);
        assertFalse(changes.any());
        name.set(null);
        assertTrue(changes.any());
    }
}
