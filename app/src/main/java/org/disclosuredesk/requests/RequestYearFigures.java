// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;

/**
 * What one request adds to a year's table 三: received in the year, carried in from the year before
 * (上年结转), decided in the year with its result, carried on (结转下年) — each by applicant kind. Two
 * versions of a request that give the same value for a locked year leave that year's report as published.
 */
record RequestYearFigures(ApplicantKind kind, boolean received, boolean carriedIn, ResultRow decidedWith, boolean carriedOn) {

    /** Null when the request does not appear in {@code year}'s figures at all. */
    static RequestYearFigures of(ApplicantKind kind, LocalDate receivedOn, LocalDate decidedOn, ResultRow result, int year) {
        if (receivedOn == null) {
            return null;
        }
        boolean received = receivedOn.getYear() == year;
        boolean carriedIn = openAtEndOf(receivedOn, decidedOn, year - 1);
        ResultRow decided = decidedOn != null && decidedOn.getYear() == year ? result : null;
        boolean carriedOn = openAtEndOf(receivedOn, decidedOn, year);
        if (!received && !carriedIn && decided == null && !carriedOn) {
            return null;
        }
        return new RequestYearFigures(kind, received, carriedIn, decided, carriedOn);
    }

    static RequestYearFigures of(Request r, int year) {
        return r == null ? null : of(r.applicant() == null ? null : r.applicant().kind(), r.receivedOn(), r.decidedOn(), r.result(), year);
    }

    private static boolean openAtEndOf(LocalDate receivedOn, LocalDate decidedOn, int year) {
        return receivedOn.getYear() <= year && (decidedOn == null || decidedOn.getYear() > year);
    }
}
