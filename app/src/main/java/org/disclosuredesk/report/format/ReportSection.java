// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

/**
 * The six sections of the annual report (条例第五十条; identical in the 2019 and 2021 formats), titles
 * verbatim. Sections 一, 五 and 六 are narrative, 二, 三 and 四 are tables.
 */
public enum ReportSection {
    OVERVIEW("一、总体情况", true),
    ACTIVE_DISCLOSURE("二、主动公开政府信息情况", false),
    REQUESTS("三、收到和处理政府信息公开申请情况", false),
    REVIEWS("四、政府信息公开行政复议、行政诉讼情况", false),
    PROBLEMS("五、存在的主要问题及改进情况", true),
    OTHER_MATTERS("六、其他需要报告的事项", true);

    private final String title;
    private final boolean narrative;

    ReportSection(String title, boolean narrative) {
        this.title = title;
        this.narrative = narrative;
    }

    public String title() {
        return title;
    }

    public boolean isNarrative() {
        return narrative;
    }
}
