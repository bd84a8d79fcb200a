// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.narrative.TextSimilarity;

/**
 * A warning when a written section is more than 80% the same as last year's (figures aside): the
 * 「内容雷同」 the format notice warns about (req~report.check.similar-to-last-year~1). The sentences the
 * app's 「生成初稿」 writes for each year are not counted: only what the clerk wrote is compared.
 */
public final class SimilarToLastYearCheck implements ReportCheck {

    public static final String RULE = "report.check.similar-to-last-year";
    public static final double THRESHOLD = 0.80;
    /** A section of a sentence or two (六: 「本年度未收取信息处理费。」) is the same every year by nature. */
    static final int MIN_LENGTH = 80;

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.previousNarrative().isEmpty()) {
            return List.of();
        }
        Narrative last = input.previousNarrative().get();
        List<Finding> findings = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (!section.isNarrative()) {
                continue;
            }
            String now = input.narrative().text(section);
            String before = last.text(section);
            if (now.length() < MIN_LENGTH || before.isBlank()) {
                continue;
            }
            double ratio = TextSimilarity.ratio(now, before);
            if (ratio > THRESHOLD) {
                // The app's own 「生成初稿」 sentences are the same every year by design: compare only what the
                // clerk wrote beyond them (req~report.check.similar-to-last-year~1).
                int year = input.tables().year();
                String own = TextSimilarity.beyond(now, input.appDrafts().of(year).text(section));
                if (own.length() < MIN_LENGTH) {
                    continue;
                }
                ratio = TextSimilarity.ratio(own, TextSimilarity.beyond(before, input.appDrafts().of(year - 1).text(section)));
            }
            if (ratio > THRESHOLD) {
                findings.add(Finding.inSection(Finding.Severity.WARNING, RULE,
                        "「" + section.title() + "」与上一年度报告的同一部分内容雷同（相同程度约"
                                + String.format(Locale.ROOT, "%.0f", ratio * 100) + "%，数字不计）。请结合本年度实际情况改写。", section));
            }
        }
        return findings;
    }
}
