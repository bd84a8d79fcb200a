// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.List;
import java.util.Map;

/**
 * What the narrative draft and the narrative checks need besides the tables: documents published,
 * policy interpretations, requests answered late, the 信息处理费 collected (国办函〔2020〕109号) and the
 * year's work-plan tasks.
 */
public record YearFacts(
        int year,
        long documentsPublished,
        Map<String, Long> publishedByChannel,
        long interpretationsPublished,
        long answeredLate,
        long feeFen,
        long feeRequests,
        long planTasks,
        long planTasksCompleted,
        List<String> completedTaskTexts,
        List<String> openTaskTexts) {

    public YearFacts {
        publishedByChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(publishedByChannel));
        completedTaskTexts = List.copyOf(completedTaskTexts);
        openTaskTexts = List.copyOf(openTaskTexts);
    }

    /** The same facts with the number of late replies the request log counts (「逾期办结」 decided in the year). */
    public YearFacts withAnsweredLate(long late) {
        return new YearFacts(year, documentsPublished, publishedByChannel, interpretationsPublished, late, feeFen, feeRequests,
                planTasks, planTasksCompleted, completedTaskTexts, openTaskTexts);
    }

    public static YearFacts none(int year) {
        return new YearFacts(year, 0, Map.of(), 0, 0, 0, 0, 0, 0, List.of(), List.of());
    }
}
