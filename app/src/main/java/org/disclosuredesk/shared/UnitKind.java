// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.Arrays;
import java.util.Optional;

/** What a unit of the directory is; {@code unit.kind} holds the code (decision 0008, V13), the label is shown. */
public enum UnitKind {
    DIVISION("处室"),
    SECTION("科室"),
    ORGANISATION("单位"),
    OTHER("其他");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<UnitKind> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<UnitKind> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
