// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.Locale;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;

/** The list's filters; a null field does not filter. {@code text} searches applicant and content. */
public record RequestFilter(Integer year, RequestStatus status, ApplicantKind applicantKind, ResultRow result, String text) {

    public static RequestFilter year(int year) {
        return new RequestFilter(year, null, null, null, null);
    }

    public boolean matches(RequestView v) {
        Request r = v.request();
        if (status != null && v.status() != status) {
            return false;
        }
        if (applicantKind != null && r.applicant().kind() != applicantKind) {
            return false;
        }
        if (result != null && r.result() != result) {
            return false;
        }
        if (text != null && !text.isBlank()) {
            String needle = text.trim().toLowerCase(Locale.ROOT);
            return contains(r.applicant().name(), needle) || contains(r.intake().content(), needle)
                    || contains(r.number().text(), needle) || contains(r.applicant().phone(), needle);
        }
        return true;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
