// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

/** The statistical year is 1 January – 31 December (条例第五十条), as ISO dates for the ledgers' text dates. */
final class YearSpan {

    private YearSpan() {
    }

    static String first(int year) {
        return String.format("%04d-01-01", year);
    }

    static String last(int year) {
        return String.format("%04d-12-31", year);
    }
}
