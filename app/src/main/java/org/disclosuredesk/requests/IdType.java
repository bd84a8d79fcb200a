// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.Arrays;
import java.util.Optional;

/** The applicant's proof of identity (条例第二十九条第二款第（一）项); the database stores {@link #code()}. */
public enum IdType {
    RESIDENT_ID("居民身份证"),
    CREDIT_CODE("统一社会信用代码"),
    PASSPORT("护照"),
    HK_MACAO_TAIWAN("港澳台居民证件"),
    OTHER("其他");

    private final String label;

    IdType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A person's document: masked wherever a list shows it. An organisation's credit code is public. */
    public boolean isPersonal() {
        return this != CREDIT_CODE;
    }

    public static Optional<IdType> fromLabel(String text) {
        return Arrays.stream(values()).filter(t -> t.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<IdType> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
