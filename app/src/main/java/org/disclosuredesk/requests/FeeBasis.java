// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.Arrays;
import java.util.Optional;

/** 国办函〔2020〕109号: one request is charged by item or by volume, never both. */
public enum FeeBasis {
    BY_ITEM("按件", "件"),
    BY_VOLUME("按量", "页");

    private final String label;
    private final String unit;

    FeeBasis(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Optional<FeeBasis> fromLabel(String text) {
        return Arrays.stream(values()).filter(b -> b.label.equals(text)).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<FeeBasis> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
