// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.Arrays;
import java.util.Optional;

/** Outcome of the 保密审查 before publication (条例第十七条: 公开前依照保密法律法规进行审查). */
public enum SecrecyResult {
    PASSED("通过"),
    REJECTED("不通过"),
    CHANGES_NEEDED("需修改");

    private final String label;

    SecrecyResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SecrecyResult> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<SecrecyResult> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
