// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.Set;

/**
 * Fields that identify a person (个人信息保护法): never written in clear where they stay for years, such as the
 * append-only audit trail. ID numbers keep their first 6 and last 4 characters (110105********1234), as the
 * request list shows them; phone numbers their first 3 and last 4 (138****5678).
 */
public final class PersonalData {

    /** Audit field names holding an ID number or a phone number. */
    private static final Set<String> FIELDS = Set.of("id_number", "phone");

    private PersonalData() {
    }

    public static boolean isPersonal(String field) {
        return field != null && FIELDS.contains(field);
    }

    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        if (v.length() <= 4) {
            return "*".repeat(v.length());
        }
        int head = v.length() >= 14 ? 6 : v.length() >= 8 ? 3 : 0;
        return v.substring(0, head) + "*".repeat(v.length() - head - 4) + v.substring(v.length() - 4);
    }
}
