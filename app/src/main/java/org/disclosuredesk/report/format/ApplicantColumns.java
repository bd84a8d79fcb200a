// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.law.ApplicantKind;

/**
 * The seven number columns of table 三: the applicant kinds in the table's order, then 总计. There is
 * no subtotal column for 法人或其他组织. Column keys are the enum names and {@link #TOTAL}.
 */
public final class ApplicantColumns {

    public static final String TOTAL = "TOTAL";
    private static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        for (ApplicantKind kind : ApplicantKind.values()) {
            keys.add(kind.name());
        }
        keys.add(TOTAL);
        KEYS = List.copyOf(keys);
    }

    private ApplicantColumns() {
    }

    /** The kinds then TOTAL. */
    public static List<String> keys() {
        return KEYS;
    }

    public static String key(ApplicantKind kind) {
        return kind.name();
    }

    public static String label(String key) {
        return TOTAL.equals(key) ? CommonLabels.TOTAL : ApplicantKind.valueOf(key).label();
    }
}
