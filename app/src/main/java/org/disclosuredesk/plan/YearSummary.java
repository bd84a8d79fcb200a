// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.List;

/**
 * The year's plans in figures, for the annual report's 一、总体情况 draft: how many tasks the year's
 * plans set, how many are done, and the done tasks by title (plan order).
 */
public record YearSummary(int year, int plans, int tasks, int done, int inProgress, int notStarted, int notApplicable,
        List<String> doneTitles) {

    public YearSummary {
        doneTitles = List.copyOf(doneTitles);
    }

    public int completionPercent() {
        return Completion.percent(done, tasks - notApplicable);
    }

    /** One sentence for the report draft, e.g. "2025年工作方案共部署任务24项，已完成20项（完成率83%）…". */
    public String sentence() {
        if (plans == 0) {
            return year + "年未导入政务公开工作方案。";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(year).append("年政务公开工作方案共部署任务").append(tasks).append("项，已完成").append(done).append("项");
        if (tasks - notApplicable > 0) {
            sb.append("（完成率").append(completionPercent()).append("%）");
        }
        if (inProgress > 0) {
            sb.append("，正在推进").append(inProgress).append("项");
        }
        if (notStarted > 0) {
            sb.append("，尚未启动").append(notStarted).append("项");
        }
        sb.append("。");
        return sb.toString();
    }
}
