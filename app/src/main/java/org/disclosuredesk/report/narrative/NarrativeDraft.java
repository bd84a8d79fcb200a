// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import static org.disclosuredesk.report.format.RequestTableRows.CARRIED_IN;
import static org.disclosuredesk.report.format.RequestTableRows.CARRIED_OUT;
import static org.disclosuredesk.report.format.RequestTableRows.NEW_RECEIVED;
import static org.disclosuredesk.report.format.RequestTableRows.RESULTS_TOTAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.LedgerFigures;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.YearFacts;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.Measure;
import org.disclosuredesk.report.format.RequestRowDef;
import org.disclosuredesk.report.format.ReviewColumns;

/**
 * 「生成初稿」: sections 一, 五 and 六 written from the year's figures — counts and shares, the change from
 * last year, completed plan tasks, the 信息处理费 collected — in the register of a published report. The
 * figures it quotes are the tables' own, so a fresh draft passes the narrative checks; the office then
 * rewrites it in its own words (req~report.narrative~1).
 */
public final class NarrativeDraft {

    /** What the draft is written from. {@code previousInDatabase}: last year's figures are real, not just empty. */
    public record Input(String organName, LedgerFigures figures, ReportTables tables, ReportTables previous,
                        boolean previousInDatabase, YearFacts facts) {
    }

    private NarrativeDraft() {
    }

    public static Narrative write(Input in) {
        return new Narrative(overview(in), problems(in), otherMatters(in));
    }

    private static String overview(Input in) {
        int year = in.tables().year();
        StringBuilder s = new StringBuilder();
        s.append(year).append("年，").append(in.organName())
                .append("深入贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），坚持以公开为常态、不公开为例外，"
                        + "围绕中心工作做好政府信息公开，依法保障人民群众的知情权、参与权、表达权和监督权。\n");
        s.append("（一）主动公开。").append(activeDisclosure(in)).append('\n');
        s.append("（二）依申请公开。").append(requests(in)).append('\n');
        s.append("（三）政府信息管理。").append(management(in)).append('\n');
        s.append("（四）政府信息公开平台建设。").append(platforms(in)).append('\n');
        s.append("（五）监督保障。").append(oversight(in));
        return s.toString();
    }

    private static String activeDisclosure(Input in) {
        LedgerFigures f = in.figures();
        YearFacts facts = in.facts();
        StringBuilder s = new StringBuilder("本年度通过各类渠道主动公开政府信息").append(facts.documentsPublished()).append("条，其中制发规章")
                .append(f.documents(DocType.RULE, Measure.Source.DOCUMENTS_WRITTEN)).append("件、制发行政规范性文件")
                .append(f.documents(DocType.NORMATIVE_DOCUMENT, Measure.Source.DOCUMENTS_WRITTEN)).append("件");
        if (facts.interpretationsPublished() > 0) {
            s.append("，发布政策解读").append(facts.interpretationsPublished()).append("篇");
        }
        s.append("。严格落实公开属性源头认定和保密审查制度，做到应公开尽公开。");
        return s.toString();
    }

    private static String requests(Input in) {
        ReportTables t = in.tables();
        long received = t.requestsTotal(NEW_RECEIVED);
        if (received == 0 && t.requestsTotal(CARRIED_IN) == 0) {
            return "本年度未收到政府信息公开申请，也无上年结转的申请。继续做好依申请公开的受理渠道公示和答复文书规范工作。";
        }
        StringBuilder s = new StringBuilder("本年度新收政府信息公开申请").append(received).append("件");
        if (in.previousInDatabase()) {
            s.append(change(received, in.previous().requestsTotal(NEW_RECEIVED)));
        }
        long carriedIn = t.requestsTotal(CARRIED_IN);
        if (carriedIn > 0) {
            s.append("，上年结转").append(carriedIn).append("件");
        }
        long natural = t.requests(NEW_RECEIVED, ApplicantColumns.key(ApplicantKind.NATURAL_PERSON));
        if (received > 0) {
            s.append("。新收申请中，自然人提出").append(natural).append("件，法人或其他组织提出").append(received - natural).append("件");
        }
        long done = t.requestsTotal(RESULTS_TOTAL);
        s.append("。本年度办结").append(done).append("件");
        if (done > 0) {
            StringJoiner results = new StringJoiner("；", "，其中", "");
            for (ResultGroup group : ResultGroup.values()) {
                long n = groupTotal(t, group);
                if (n > 0) {
                    results.add(shortName(group) + n + "件，占" + percent(n, done));
                }
            }
            s.append(results);
        }
        s.append("；结转下年度继续办理").append(t.requestsTotal(CARRIED_OUT)).append("件。");
        if (in.facts().answeredLate() == 0) {
            s.append("所有申请均在法定期限内答复。");
        } else {
            s.append("有").append(in.facts().answeredLate()).append("件申请的答复超过法定期限。");
        }
        return s.toString();
    }

    private static String management(Input in) {
        LedgerFigures f = in.figures();
        StringBuilder s = new StringBuilder("健全政府信息管理动态调整机制，及时对行政规范性文件进行清理");
        long abolished = f.documents(DocType.NORMATIVE_DOCUMENT, Measure.Source.DOCUMENTS_ABOLISHED);
        if (abolished > 0) {
            s.append("，本年度废止行政规范性文件").append(abolished).append("件");
        }
        s.append("，截至").append(in.tables().year()).append("年12月31日，现行有效行政规范性文件")
                .append(f.documents(DocType.NORMATIVE_DOCUMENT, Measure.Source.DOCUMENTS_IN_FORCE))
                .append("件，并在政府网站集中公开、动态更新。");
        return s.toString();
    }

    private static String platforms(Input in) {
        Map<String, Long> channels = in.facts().publishedByChannel();
        StringBuilder s = new StringBuilder("发挥政府网站政府信息公开第一平台作用，");
        if (channels.isEmpty()) {
            s.append("规范政府信息公开专栏栏目设置，");
        } else {
            StringJoiner each = new StringJoiner("、", "本年度", "，");
            channels.forEach((channel, n) -> each.add("通过" + channel + "发布信息" + n + "条"));
            s.append(each);
        }
        s.append("同步利用政务新媒体、公开栏等渠道扩大信息覆盖面，方便群众获取。");
        return s.toString();
    }

    private static String oversight(Input in) {
        YearFacts facts = in.facts();
        StringBuilder s = new StringBuilder();
        if (facts.planTasks() > 0) {
            s.append("制定年度政务公开工作方案，明确任务").append(facts.planTasks()).append("项，截至年底已完成")
                    .append(facts.planTasksCompleted()).append("项，完成率").append(percent(facts.planTasksCompleted(), facts.planTasks()));
            List<String> done = facts.completedTaskTexts();
            if (!done.isEmpty()) {
                StringJoiner items = new StringJoiner("；", "，主要包括：", "");
                done.stream().limit(3).forEach(text -> items.add(sentence(text)));
                s.append(items);
            }
            s.append("。");
        } else {
            s.append("将政务公开工作纳入年度重点工作统筹推进，明确责任分工。");
        }
        ReportTables t = in.tables();
        long reviews = t.value(ReviewColumns.total(ReviewKind.ADMINISTRATIVE_REVIEW));
        long lawsuits = t.value(ReviewColumns.total(ReviewKind.LAWSUIT_DIRECT)) + t.value(ReviewColumns.total(ReviewKind.LAWSUIT_AFTER_REVIEW));
        if (reviews + lawsuits == 0) {
            s.append("本年度未发生政府信息公开行政复议、行政诉讼案件。");
        } else {
            s.append("本年度涉及政府信息公开的行政复议").append(reviews).append("件、行政诉讼").append(lawsuits).append("件");
            long corrected = 0;
            long pending = 0;
            for (ReviewKind kind : ReviewKind.values()) {
                corrected += t.value(ReviewColumns.cell(kind, ReviewResult.CORRECTED));
                pending += t.value(ReviewColumns.cell(kind, ReviewResult.PENDING));
            }
            if (corrected > 0) {
                s.append("，其中结果被纠正").append(corrected).append("起");
            }
            if (pending > 0) {
                s.append(corrected > 0 ? "、" : "，其中").append("截至年底尚未审结").append(pending).append("起");
            }
            s.append("，已认真分析原因、改进工作。");
        }
        return s.toString();
    }

    private static String problems(Input in) {
        YearFacts facts = in.facts();
        StringBuilder s = new StringBuilder("（一）存在的主要问题。");
        StringJoiner issues = new StringJoiner("；", "", "。");
        if (facts.answeredLate() > 0) {
            issues.add("依申请公开答复时效有待提高，本年度有" + facts.answeredLate() + "件申请未在法定期限内答复");
        }
        if (!facts.openTaskTexts().isEmpty()) {
            issues.add("工作方案中仍有" + facts.openTaskTexts().size() + "项任务未完成（如" + sentence(facts.openTaskTexts().get(0)) + "）");
        }
        ReportTables t = in.tables();
        long done = t.requestsTotal(RESULTS_TOTAL);
        long unavailable = groupTotal(t, ResultGroup.UNAVAILABLE);
        if (done > 0 && unavailable * 5 >= done) {
            issues.add("因本机关不掌握相关信息等原因无法提供的申请占办结总数的" + percent(unavailable, done) + "，申请指引有待完善");
        }
        if (facts.interpretationsPublished() == 0) {
            issues.add("政策解读数量偏少、形式较为单一");
        }
        issues.add("政府信息公开工作人员业务能力与新形势新要求相比仍有差距");
        s.append(issues).append('\n');
        s.append("（二）改进情况。");
        StringJoiner fixes = new StringJoiner("；", "", "。");
        if (facts.answeredLate() > 0) {
            fixes.add("建立依申请公开办理台账和到期提醒机制，严格落实答复时限");
        }
        if (!facts.openTaskTexts().isEmpty()) {
            fixes.add("对未完成的工作任务逐项明确责任和完成时限，加强督促检查");
        }
        fixes.add("加强政策解读，综合运用图文、视频等形式提高解读质量");
        fixes.add("组织政府信息公开业务培训，提升工作人员依法公开的能力和水平");
        s.append(fixes);
        return s.toString();
    }

    private static String otherMatters(Input in) {
        YearFacts facts = in.facts();
        // 109号 was issued in November 2020: a 2019 report does not cite it, and says nothing when no fee was charged.
        if (facts.year() < 2020 && facts.feeFen() == 0) {
            return "本年度无其他需要报告的事项。";
        }
        StringBuilder s = new StringBuilder(facts.year() < 2020 ? "本年度" : "按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度");
        if (facts.feeFen() == 0) {
            s.append("未收取信息处理费。");
        } else {
            s.append("共收取信息处理费").append(BigDecimal.valueOf(facts.feeFen()).movePointLeft(2).stripTrailingZeros().toPlainString())
                    .append("元，涉及申请").append(facts.feeRequests()).append("件。");
        }
        s.append("\n本年度无其他需要报告的事项。");
        return s.toString();
    }

    private static long groupTotal(ReportTables t, ResultGroup group) {
        long n = 0;
        for (RequestRowDef row : t.format().requestRows()) {
            if (group.label().equals(row.group())) {
                n += t.value(CellRef.requests(row.key(), ApplicantColumns.TOTAL));
            }
        }
        return n;
    }

    /** The group's name as a sentence uses it: 予以公开, 部分公开, 不予公开 … */
    private static String shortName(ResultGroup group) {
        String label = group.label();
        int close = label.indexOf('）');
        int open = label.indexOf('（', close);
        return open > 0 ? label.substring(close + 1, open) : label.substring(close + 1);
    }

    private static String change(long now, long before) {
        if (now == before) {
            return "，与上年持平";
        }
        long diff = Math.abs(now - before);
        String direction = now > before ? "增加" : "减少";
        if (before == 0) {
            return "，较上年" + direction + diff + "件";
        }
        return "，较上年" + direction + diff + "件（" + (now > before ? "增长" : "下降") + percent(diff, before) + "）";
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole).replace(".0%", "%");
    }

    /** A task text as a clause: without its trailing full stop. */
    private static String sentence(String text) {
        String t = text.strip();
        while (t.endsWith("。") || t.endsWith("；")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
