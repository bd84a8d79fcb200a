// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

/** Where the sending office's report stood when it exported the package. */
public enum ReportState {
    DRAFT("草稿"),
    FINAL("定稿");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
