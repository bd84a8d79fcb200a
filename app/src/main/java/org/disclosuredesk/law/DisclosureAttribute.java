// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/** 公开属性; the last two need a reason. */
public enum DisclosureAttribute {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    NOT_DISCLOSED("不予公开");

    private final String label;

    DisclosureAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return this != PROACTIVE;
    }

    public static Optional<DisclosureAttribute> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<DisclosureAttribute> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
