// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings;

/**
 * The office's own settings. {@code organName} is the 机关 name printed in the annual report;
 * {@code dueSoonWorkingDays} is when a request turns 即将到期; {@code interpretationWorkingDays}
 * is the local rule for how soon a 政策解读 must follow a 行政规范性文件.
 */
public record OrgSettings(
        String officeName,
        String organName,
        String signatory,
        String requestNumberPrefix,
        int dueSoonWorkingDays,
        int interpretationWorkingDays,
        String indexNumberPattern,
        String operatorName) {

    public static OrgSettings defaultsFor(String officeName) {
        return new OrgSettings(officeName, officeName, "", "依申请", 5, 3, "", "");
    }

    /** The name printed on reports: the 机关 name, or the office name when none is set. */
    public String reportOrganName() {
        return organName == null || organName.isBlank() ? officeName : organName;
    }
}
