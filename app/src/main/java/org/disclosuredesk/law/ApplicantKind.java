// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/**
 * The applicant columns of table 三 (条例第二十九条; 国办公开办函〔2021〕30号), in the table's order.
 * {@code label} is printed verbatim; the database stores {@link #code()}.
 */
public enum ApplicantKind {
    NATURAL_PERSON("自然人", false),
    COMMERCIAL_ENTERPRISE("商业企业", true),
    RESEARCH_INSTITUTION("科研机构", true),
    PUBLIC_WELFARE_ORGANISATION("社会公益组织", true),
    LEGAL_SERVICE_ORGANISATION("法律服务机构", true),
    OTHER_ORGANISATION("其他", true);

    /** The header that spans the five organisation columns. */
    public static final String ORGANISATION_GROUP_LABEL = "法人或其他组织";

    private final String label;
    private final boolean organisation;

    ApplicantKind(String label, boolean organisation) {
        this.label = label;
        this.organisation = organisation;
    }

    public String label() {
        return label;
    }

    public boolean isOrganisation() {
        return organisation;
    }

    /** How a list shows it: 自然人, or 法人或其他组织-商业企业. */
    public String displayLabel() {
        return organisation ? ORGANISATION_GROUP_LABEL + "-" + label : label;
    }

    public static Optional<ApplicantKind> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replace(ORGANISATION_GROUP_LABEL + "-", "").replace(ORGANISATION_GROUP_LABEL + "—", "");
        return Arrays.stream(values()).filter(k -> k.label.equals(t)).findFirst();
    }

    /** The stable code stored in the database (decision 0008): the constant's name; a test holds it equal to the schema. */
    public String code() {
        return name();
    }

    public static Optional<ApplicantKind> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
