// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

/** The log's own number, one sequence per year of receipt: 依申请〔2025〕第12号 (prefix from settings). */
public record RegistrationNumber(int year, int seq, String text) {

    public static RegistrationNumber of(String prefix, int year, int seq) {
        String p = prefix == null || prefix.isBlank() ? "依申请" : prefix.trim();
        return new RegistrationNumber(year, seq, p + "〔" + year + "〕第" + seq + "号");
    }

    @Override
    public String toString() {
        return text;
    }
}
