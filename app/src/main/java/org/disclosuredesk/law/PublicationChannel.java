// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/** 公开方式 of a register entry (several may apply). */
public enum PublicationChannel {
    GOVERNMENT_WEBSITE("政府网站"),
    GOVERNMENT_GAZETTE("政府公报"),
    NEW_MEDIA("政务新媒体"),
    NOTICE_BOARD("公开栏"),
    OTHER("其他");

    private final String label;

    PublicationChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PublicationChannel> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<PublicationChannel> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
