// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the office sets once for its notices: the number prefix of each series, its contact line, where
 * to file a review and a suit, how to pay a fee. A blank value is printed as 【未设置：…】, never guessed.
 */
public record NoticeSettings(Map<NoticeKind, String> prefixes, String contact, String reviewOrgan, String court,
        String payment) {

    public NoticeSettings {
        Map<NoticeKind, String> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind k : NoticeKind.values()) {
            String p = prefixes == null ? null : prefixes.get(k);
            all.put(k, p == null || p.isBlank() ? k.defaultPrefix() : p.trim());
        }
        prefixes = Map.copyOf(all);
        contact = trim(contact);
        reviewOrgan = trim(reviewOrgan);
        court = trim(court);
        payment = trim(payment);
    }

    public static NoticeSettings defaults() {
        return new NoticeSettings(Map.of(), "", "", "", "");
    }

    public String prefix(NoticeKind kind) {
        return prefixes.get(kind);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
