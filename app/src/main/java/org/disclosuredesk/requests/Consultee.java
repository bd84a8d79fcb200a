// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.Arrays;
import java.util.Optional;

/** Whom a consultation went to; a third party has 15 working days to answer (条例第三十二条). */
public enum Consultee {
    THIRD_PARTY("第三方"),
    OTHER_AGENCY("其他机关");

    private final String label;

    Consultee(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Consultee> fromLabel(String text) {
        return Arrays.stream(values()).filter(c -> c.label.equals(text)).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<Consultee> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
