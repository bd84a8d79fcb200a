// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.narrative.QuotedNumber;

/**
 * Text that says every request was answered in time (「均在法定期限内答复」) while the request log has a
 * reply after its due date blocks export; a number of late replies the text states must be the log's
 * (条例第三十三条; req~report.check.timeliness-claim~1). Public text states only what the ledger proves.
 */
// [impl->req~report.check.timeliness-claim~1]
public final class TimelinessClaimCheck implements ReportCheck {

    public static final String RULE = "report.check.timeliness-claim";

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");
    /** 「均在法定期限内」「全部按时答复」「未出现逾期答复」 and their usual variants. */
    private static final Pattern ALL_IN_TIME = Pattern.compile(
            "(均|全部|都|一律|全都)(已)?(在|于)(法定|规定)(的)?(期限|时限)内"
                    + "|(均|全部|都)(已)?(按时|按期|及时)(答复|办结|办理)"
                    + "|(未|没有|无)(出现|发生)?(逾期|超期)(答复|办结|办理)?(的)?(情况|现象|情形)?");
    private static final Pattern LATE_WORDS = Pattern.compile("超过法定期限|超出法定期限|未在法定期限内|逾期答复|逾期办结|超期答复|超期办结");

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (!section.isNarrative()) {
                continue;
            }
            String text = input.narrative().text(section);
            Matcher s = SENTENCE.matcher(text);
            while (s.find()) {
                String sentence = s.group();
                Matcher all = ALL_IN_TIME.matcher(sentence);
                if (input.lateReplies() > 0 && all.find()) {
                    findings.add(Finding.inText(Finding.Severity.ERROR, RULE, "「" + section.title() + "」写「" + sentence.strip()
                            + "」，但依申请公开台账中本年度有" + input.lateReplies() + "件申请逾期办结（答复晚于答复期限）。",
                            section, s.start() + all.start(), s.start() + all.end()));
                    continue;
                }
                if (!LATE_WORDS.matcher(sentence).find()) {
                    continue;
                }
                for (QuotedNumber n : QuotedNumber.findAll(sentence)) {
                    boolean aboutRequests = n.context().contains("申请") || sentence.startsWith("申请", n.end());
                    if (aboutRequests && n.value() != input.lateReplies()) {
                        findings.add(Finding.inText(Finding.Severity.ERROR, RULE, "「" + section.title() + "」写「" + sentence.strip()
                                + "」，但依申请公开台账中本年度逾期办结的申请为" + input.lateReplies() + "件。",
                                section, s.start() + n.start(), s.start() + n.end()));
                    }
                }
            }
        }
        return findings;
    }
}
