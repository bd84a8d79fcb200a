// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/** The three groups of table 四; the database stores {@link #code()}, the table prints {@code label}. */
public enum ReviewKind {
    ADMINISTRATIVE_REVIEW("行政复议", "行政复议"),
    LAWSUIT_DIRECT("行政诉讼-未经复议直接起诉", "未经复议直接起诉"),
    LAWSUIT_AFTER_REVIEW("行政诉讼-复议后起诉", "复议后起诉");

    /** The header over both lawsuit groups in table 四. */
    public static final String LAWSUIT_GROUP_LABEL = "行政诉讼";

    private final String label;
    private final String tableLabel;

    ReviewKind(String label, String tableLabel) {
        this.label = label;
        this.tableLabel = tableLabel;
    }

    public String label() {
        return label;
    }

    /** The group header as printed in table 四. */
    public String tableLabel() {
        return tableLabel;
    }

    public static Optional<ReviewKind> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<ReviewKind> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
