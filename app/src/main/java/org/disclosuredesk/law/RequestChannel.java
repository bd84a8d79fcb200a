// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/** How an application arrived; decides the date of receipt (条例第三十一条). Stored by label. */
public enum RequestChannel {
    IN_PERSON("当面"),
    REGISTERED_MAIL("邮寄-签收"),
    ORDINARY_LETTER("平常信函"),
    INTERNET("互联网"),
    FAX("传真"),
    EMAIL("电子邮件"),
    OTHER("其他");

    private final String label;

    RequestChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RequestChannel> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<RequestChannel> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
