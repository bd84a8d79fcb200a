// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/** The result columns of table 四, in order; a case still open on 31 December is 尚未审结. */
public enum ReviewResult {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    /** The column after the four results. */
    public static final String TOTAL_LABEL = "总计";

    private final String label;

    ReviewResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewResult> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text == null ? null : text.trim())).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<ReviewResult> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
