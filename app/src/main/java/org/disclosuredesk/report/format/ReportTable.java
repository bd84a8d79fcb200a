// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

/** The three tables of the report, each the body of its section. */
public enum ReportTable {
    ACTIVE_DISCLOSURE(ReportSection.ACTIVE_DISCLOSURE),
    REQUESTS(ReportSection.REQUESTS),
    REVIEWS(ReportSection.REVIEWS);

    private final ReportSection section;

    ReportTable(ReportSection section) {
        this.section = section;
    }

    public ReportSection section() {
        return section;
    }

    /** The table that is the body of {@code section}, if it is a table section. */
    public static java.util.Optional<ReportTable> of(ReportSection section) {
        return java.util.Arrays.stream(values()).filter(t -> t.section == section).findFirst();
    }

    /** The section number alone, e.g. 三, for messages such as 「表三」. */
    public String numeral() {
        return section.title().substring(0, 1);
    }
}
