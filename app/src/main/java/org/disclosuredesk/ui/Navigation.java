// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

/** The left navigation's entries, in order, with their icon and bundle key. */
public enum Navigation {
    OVERVIEW("nav.overview", "mdi2v-view-dashboard-outline"),
    PLAN("nav.plan", "mdi2c-clipboard-check-outline"),
    REGISTER("nav.register", "mdi2f-file-document-multiple-outline"),
    REQUESTS("nav.requests", "mdi2e-email-open-outline"),
    REPORT("nav.report", "mdi2f-file-chart-outline"),
    SETTINGS("nav.settings", "mdi2c-cog-outline"),
    COUNTY("nav.county", "mdi2s-source-merge");

    private final String textKey;
    private final String icon;

    Navigation(String textKey, String icon) {
        this.textKey = textKey;
        this.icon = icon;
    }

    public String textKey() {
        return textKey;
    }

    public String icon() {
        return icon;
    }

    /** The file name used by the screenshots command. */
    public String fileName() {
        return name().toLowerCase();
    }
}
