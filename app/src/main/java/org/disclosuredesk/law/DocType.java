// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/** 文种 of a register entry; 规章 and 行政规范性文件 are counted in table 二, 第二十条第（一）项. */
public enum DocType {
    RULE("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件"),
    OTHER("其他公文");

    private final String label;

    DocType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DocType> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.equals("规范性文件")) {
            return Optional.of(NORMATIVE_DOCUMENT);
        }
        return Arrays.stream(values()).filter(k -> k.label.equals(t)).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<DocType> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
