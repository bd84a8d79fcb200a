// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;

/**
 * The plan's own heading: skips a cover notice (关于印发《…》的通知, its salutation and signature) and
 * finds the title, the issuing organ, the document number and the year. The body starts after the
 * title; the preamble that follows is not a task.
 */
final class PlanHeader {

    /** What the heading says; {@code bodyStart} is the index in the flow where the plan's text begins. */
    record Result(String title, String issuer, String docNumber, Integer year, int bodyStart) {
    }

    private static final Pattern NOTICE = Pattern.compile("^(.*?)关于印发(.+?)的?通知$");
    private static final Pattern BOOK_TITLE = Pattern.compile("《(.+?)》");
    private static final Pattern TITLE_END = Pattern.compile(
            ".*(?:方案|要点|办法|计划|分工表?|安排|清单|意见|细则|规划|任务表?|措施|分解表|台账)(?:（[^）]*）)?$");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5A-Za-z]{1,14}[〔\\[【（]\\d{4}[〕\\]】）]\\s*第?\\d{1,5}号");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    private static final Pattern PREAMBLE_TITLE = Pattern.compile("制定(?:了|本|如下)?《?([^，。；《》]{2,60}?(?:方案|要点|办法|计划))");
    private static final Pattern ISSUER_STOP = Pattern.compile(
            "(?:\\d{4}年|政务公开|政府信息公开|关于|推进|全面|深化|做好|加强|贯彻|落实|年度)");
    private static final Pattern ISSUER_END = Pattern.compile(
            ".*(?:政府|办公室|办公厅|局|委员会|委|厅|办|中心|小组|办事处|管委会|区|县|市|省|乡|镇|街道|司|署|院|部)$");

    private PlanHeader() {
    }

    static Result read(List<Object> flow, List<Integer> signatureYears, Integer yearOverride) {
        int structure = firstStructural(flow);
        int notice = -1;
        for (int i = 0; i < structure; i++) {
            if (flow.get(i) instanceof PlanLines.Line l && NOTICE.matcher(l.folded()).matches()) {
                notice = i;
                break;
            }
        }
        String title = null;
        String issuer = null;
        int titleAt = -1;
        int bodyStart = 0;
        if (notice >= 0) {
            PlanLines.Line n = (PlanLines.Line) flow.get(notice);
            Matcher m = NOTICE.matcher(n.folded());
            m.matches();
            String inner = n.text().substring(m.start(2), m.end(2));
            Matcher book = BOOK_TITLE.matcher(inner);
            if (book.find()) {
                inner = book.group(1);
            }
            issuer = n.text().substring(0, m.end(1)).strip();
            if (issuer.isEmpty() && notice > 0 && flow.get(notice - 1) instanceof PlanLines.Line prev
                    && PlanLines.looksLikeOrgan(prev.folded())) {
                issuer = prev.text();
            }
            titleAt = titleAfterNotice(flow, notice, structure, TextFolding.nameKey(inner));
            title = titleAt >= 0 ? line(flow, titleAt).text() : inner;
            bodyStart = titleAt >= 0 ? titleAt + 1 : notice + 1;
        } else {
            for (int i = 0; i < structure; i++) {
                if (flow.get(i) instanceof PlanLines.Line l && isTitleLike(l.folded())) {
                    titleAt = i;
                    title = l.text();
                    bodyStart = i + 1;
                    break;
                }
            }
            if (title == null) {
                title = titleFromPreamble(flow, structure);
            }
        }
        if (titleAt > 0 && flow.get(titleAt - 1) instanceof PlanLines.Line prev && titleAt - 1 != notice
                && PlanLines.looksLikeOrgan(prev.folded()) && !isTitleLike(prev.folded())
                && !TextFolding.fold(title).startsWith(prev.folded())) {
            title = prev.text() + title;
        }
        if (issuer == null || issuer.isEmpty()) {
            issuer = issuerFromTitle(title);
        }
        String docNumber = docNumber(flow, titleAt >= 0 ? titleAt : Math.min(bodyStart, structure), notice);
        Integer year = yearOverride != null ? yearOverride : year(title, docNumber, signatureYears, flow);
        return new Result(title, issuer, docNumber, year, bodyStart);
    }

    /** Where numbering or a table first appears: the heading is above it. */
    private static int firstStructural(List<Object> flow) {
        for (int i = 0; i < flow.size(); i++) {
            Object o = flow.get(i);
            if (o instanceof PlanLines.TableAt) {
                return i;
            }
            if (o instanceof PlanLines.Line l && Numbering.at(l.text(), l.folded()) != null) {
                return i;
            }
        }
        return flow.size();
    }

    private static int titleAfterNotice(List<Object> flow, int notice, int structure, String innerKey) {
        for (int i = notice + 1; i < structure; i++) {
            if (!(flow.get(i) instanceof PlanLines.Line l)) {
                continue;
            }
            String f = l.folded();
            if (f.length() > 80 || f.contains("现将") || f.contains("印发") || f.endsWith("。")) {
                continue;
            }
            String key = TextFolding.nameKey(f);
            if (!innerKey.isEmpty() && (key.contains(innerKey) || (key.length() >= 6 && innerKey.contains(key) && isTitleLike(f)))) {
                return i;
            }
        }
        for (int i = notice + 1; i < structure; i++) {
            if (flow.get(i) instanceof PlanLines.Line l && isTitleLike(l.folded()) && !l.folded().contains("印发")) {
                return i;
            }
        }
        return -1;
    }

    static boolean isTitleLike(String folded) {
        return folded.length() >= 4 && folded.length() <= 80 && TITLE_END.matcher(folded).matches()
                && !folded.startsWith("现将") && !folded.contains("印发给") && !NOTICE.matcher(folded).matches()
                && !folded.startsWith("根据") && !folded.startsWith("为");
    }

    private static String titleFromPreamble(List<Object> flow, int structure) {
        for (int i = 0; i < Math.min(structure, 5); i++) {
            if (flow.get(i) instanceof PlanLines.Line l) {
                Matcher m = PREAMBLE_TITLE.matcher(l.folded());
                if (m.find()) {
                    return l.text().substring(m.start(1), m.end(1));
                }
            }
        }
        return null;
    }

    /** The organ at the head of the title: 宿迁市人民政府外事办公室2020年政务公开工作方案 → 宿迁市人民政府外事办公室. */
    static String issuerFromTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = title.replaceFirst("^\\d{4}年度?", "");
        Matcher stop = ISSUER_STOP.matcher(TextFolding.fold(t));
        if (!stop.find() || stop.start() < 2) {
            return null;
        }
        String issuer = t.substring(0, stop.start()).strip();
        return issuer.length() <= 30 && ISSUER_END.matcher(TextFolding.fold(issuer)).matches() ? issuer : null;
    }

    private static String docNumber(List<Object> flow, int until, int notice) {
        for (int i = 0; i < Math.min(until, flow.size()); i++) {
            if (flow.get(i) instanceof PlanLines.Line l && !l.folded().contains("现将") && !l.folded().startsWith("根据")) {
                Matcher m = DOC_NUMBER.matcher(l.folded());
                if (m.find() && (notice < 0 || i != notice)) {
                    return l.text().substring(m.start(), m.end());
                }
            }
        }
        return null;
    }

    /** The title's year, else the document number's, else the cover date's, else the year the text names most. */
    private static Integer year(String title, String docNumber, List<Integer> signatureYears, List<Object> flow) {
        if (title != null) {
            Matcher m = YEAR.matcher(TextFolding.fold(title));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (docNumber != null) {
            Matcher m = Pattern.compile("(\\d{4})").matcher(docNumber);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (!signatureYears.isEmpty()) {
            return signatureYears.get(0);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (Object o : flow) {
            if (o instanceof PlanLines.Line l) {
                Matcher m = YEAR.matcher(l.folded());
                while (m.find()) {
                    counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static PlanLines.Line line(List<Object> flow, int i) {
        return (PlanLines.Line) flow.get(i);
    }
}
