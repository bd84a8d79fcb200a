// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.report.format.ReportSection;

/**
 * Section 六 must state the 信息处理费 collected in the year, or that none was collected
 * (国办函〔2020〕109号; the format's note on section 六). A stated amount must equal the fees paid in the
 * request log (req~report.check.fee-statement~1). 109号 was issued on 17 November 2020: the statement is
 * required from the 2021 report on, a 2020 report lacking it gets a warning, a 2019 report nothing.
 */
// [impl->req~report.check.fee-statement-from-2021~1]
public final class FeeStatementCheck implements ReportCheck {

    public static final String RULE = "report.check.fee-statement";
    /** The first report year that must state the fee (109号, issued 17 November 2020). */
    static final int REQUIRED_FROM = 2021;
    /** The year 109号 was issued in: a missing statement is worth a warning, not a block. */
    static final int ISSUED_IN = 2020;
    static final String FEE = "信息处理费";

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");
    private static final Pattern AMOUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万元|元)");
    private static final Pattern NONE = Pattern.compile("未收取|没有收取|未收|不收取|均未收取|无收取|免收|未产生|没有产生");

    @Override
    public List<Finding> check(CheckInput input) {
        String text = input.narrative().otherMatters();
        long collected = input.feesCollectedFen();
        int year = input.tables().year();
        if (!text.contains(FEE)) {
            if (year < ISSUED_IN) {
                return List.of();
            }
            return List.of(Finding.inSection(year < REQUIRED_FROM ? Finding.Severity.WARNING : Finding.Severity.ERROR, RULE,
                    "「" + ReportSection.OTHER_MATTERS.title() + "」须说明本年度收取信息处理费的情况（本年度台账记录收取"
                            + yuan(collected) + "元" + (collected == 0 ? "，即未收取" : "") + "）。", ReportSection.OTHER_MATTERS));
        }
        List<Finding> findings = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group();
            if (!sentence.contains(FEE)) {
                continue;
            }
            Matcher amount = AMOUNT.matcher(sentence);
            while (amount.find()) {
                BigDecimal stated = new BigDecimal(amount.group(1).replace(",", ""));
                long statedFen = stated.multiply(BigDecimal.valueOf(amount.group(2).equals("万元") ? 1_000_000 : 100)).longValue();
                if (statedFen != collected) {
                    findings.add(Finding.inText(Finding.Severity.ERROR, RULE,
                            "「" + ReportSection.OTHER_MATTERS.title() + "」写收取信息处理费" + amount.group() + "，但申请台账记录本年度实收"
                                    + yuan(collected) + "元。", ReportSection.OTHER_MATTERS,
                            s.start() + amount.start(), s.start() + amount.end()));
                }
            }
            if (collected > 0 && NONE.matcher(sentence).find()) {
                findings.add(Finding.inText(Finding.Severity.ERROR, RULE,
                        "「" + ReportSection.OTHER_MATTERS.title() + "」写未收取信息处理费，但申请台账记录本年度实收" + yuan(collected) + "元。",
                        ReportSection.OTHER_MATTERS, s.start(), s.end()));
            }
        }
        return findings;
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).stripTrailingZeros().toPlainString();
    }
}
