// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.NarrativeFigure;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.narrative.QuotedNumber;

/**
 * Rule 8: a number quoted in the narrative (「共收到申请58件」「予以公开52件」, Arabic or Chinese numerals)
 * equals the table figure its words name. A number whose clause names no table figure is not checked
 * (req~report.check.narrative-figures~1).
 */
public final class NarrativeFiguresCheck implements ReportCheck {

    public static final String RULE = "report.check.narrative-figures";

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<Finding> findings = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (!section.isNarrative()) {
                continue;
            }
            String text = input.narrative().text(section);
            for (QuotedNumber quoted : QuotedNumber.findAll(text)) {
                Optional<NarrativeFigure> figure = figureNamed(quoted.context(), t.format().narrativeFigures());
                if (figure.isEmpty()) {
                    continue;
                }
                long table = t.sum(figure.get().cells());
                if (table != quoted.value()) {
                    String phrase = text.substring(Math.max(0, quoted.start() - quoted.context().length()), quoted.end());
                    findings.add(new Finding(Finding.Severity.ERROR, RULE,
                            "「" + section.title() + "」写「" + phrase + "」，但" + t.format().describe(figure.get().cells().get(0))
                                    + (figure.get().cells().size() > 1 ? "等" + figure.get().cells().size() + "项之和" : "")
                                    + "为" + table + "件。", figure.get().cells(), section, quoted.start(), quoted.end()));
                }
            }
        }
        return findings;
    }

    /** The figure whose word ends nearest the number; a longer word wins a tie (复议后起诉 over 起诉). */
    static Optional<NarrativeFigure> figureNamed(String context, List<NarrativeFigure> figures) {
        NarrativeFigure best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (NarrativeFigure figure : figures) {
            for (String word : figure.words()) {
                int at = context.lastIndexOf(word);
                if (at < 0) {
                    continue;
                }
                int end = at + word.length();
                if (end > bestEnd || end == bestEnd && word.length() > bestLength) {
                    best = figure;
                    bestEnd = end;
                    bestLength = word.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
