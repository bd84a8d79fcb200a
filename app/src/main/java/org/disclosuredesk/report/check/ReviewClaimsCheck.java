// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.ReviewColumns;

/**
 * A published error the format notice names: text saying all review cases were upheld (均维持) while
 * table 四 shows cases corrected or 尚未审结, or saying there were none while the table has some
 * (req~report.check.review-claims~1).
 */
public final class ReviewClaimsCheck implements ReportCheck {

    public static final String RULE = "report.check.review-claims";

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");
    /** 均维持, 均被维持, 均获维持, 全部获得维持, 全部胜诉, 均胜诉, 无一败诉, 无一被纠正 … */
    private static final Pattern ALL_UPHELD = Pattern.compile(
            "(均|全部|全都|都|皆|一律)(已|已经)?(被|予以|予|获|获得)?(维持|胜诉)|无一(被)?(纠正|败诉|撤销)|未有(被)?(纠正|败诉)(的)?");
    private static final Pattern NONE = Pattern.compile("(未发生|没有发生|未发生过|无|未收到|没有收到|未出现|没有)[^，,]{0,6}(行政复议|行政诉讼)");

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<Finding> findings = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (!section.isNarrative()) {
                continue;
            }
            Matcher s = SENTENCE.matcher(input.narrative().text(section));
            while (s.find()) {
                String sentence = s.group();
                boolean review = sentence.contains("行政复议") || sentence.contains("复议");
                boolean lawsuit = sentence.contains("行政诉讼") || sentence.contains("起诉") || sentence.contains("应诉");
                if (!review && !lawsuit) {
                    continue;
                }
                List<ReviewKind> kinds = new ArrayList<>();
                if (review) {
                    kinds.add(ReviewKind.ADMINISTRATIVE_REVIEW);
                }
                if (lawsuit) {
                    kinds.add(ReviewKind.LAWSUIT_DIRECT);
                    kinds.add(ReviewKind.LAWSUIT_AFTER_REVIEW);
                }
                if (ALL_UPHELD.matcher(sentence).find()) {
                    List<CellRef> notUpheld = new ArrayList<>();
                    for (ReviewKind kind : kinds) {
                        for (ReviewResult r : new ReviewResult[] {ReviewResult.CORRECTED, ReviewResult.OTHER, ReviewResult.PENDING}) {
                            if (t.value(ReviewColumns.cell(kind, r)) > 0) {
                                notUpheld.add(ReviewColumns.cell(kind, r));
                            }
                        }
                    }
                    if (!notUpheld.isEmpty()) {
                        findings.add(new Finding(Finding.Severity.ERROR, RULE, "「" + section.title() + "」写「" + sentence.strip()
                                + "」，但表四中有" + t.sum(notUpheld) + "件并非结果维持（" + t.format().describe(notUpheld.get(0))
                                + "等）。尚未审结的案件不能写作已维持。", notUpheld, section, s.start(), s.end()));
                    }
                }
                if (NONE.matcher(sentence).find()) {
                    List<CellRef> totals = new ArrayList<>();
                    for (ReviewKind kind : kinds) {
                        if (t.value(ReviewColumns.total(kind)) > 0) {
                            totals.add(ReviewColumns.total(kind));
                        }
                    }
                    if (!totals.isEmpty()) {
                        findings.add(new Finding(Finding.Severity.ERROR, RULE, "「" + section.title() + "」写「" + sentence.strip()
                                + "」，但表四中有" + t.sum(totals) + "件（" + t.format().describe(totals.get(0)) + "）。",
                                totals, section, s.start(), s.end()));
                    }
                }
            }
        }
        return findings;
    }
}
