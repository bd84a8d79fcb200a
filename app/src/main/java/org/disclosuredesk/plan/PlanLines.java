// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;

/**
 * A plan document as a sequence of cleaned lines and tables. Cleaning removes what a copy from a web
 * page or a converted file adds and what is not the plan: conversion marks ({@code [bookmark: …]}),
 * page furniture (首页»…, 来源：, 关键词：, timestamps), signature blocks (organ name over a date) and
 * a leading excerpt that the page repeats in full below it.
 */
final class PlanLines {

    /** A cleaned line; {@code start}/{@code end} locate it in the source text. */
    record Line(String text, String folded, int start, int end) {
    }

    /** A table in the flow, between the lines before and after it. */
    record TableAt(SourceBlock.Table table) {
    }

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern JUNK = Pattern.compile(
            "^(?:首页\\s*[»>›].*"
            + "|(?:作者|来源|作者/来源|发布时间|发布日期|发布机构|浏览次数|责任编辑|编辑|字号|分享到|关键词|关键字|信息来源|访问量)\\s*[：/].*"
            + "|【?(?:打印|关闭|打印本页|关闭窗口|返回顶部|收藏|大|中|小)】?"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            + "|（此件[^）]{0,10}）"
            + "|抄送：.*|.{0,40}\\d{4}年\\d{1,2}月\\d{1,2}日印发)$");
    static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    private static final Pattern ORGAN_END = Pattern.compile(
            ".*(?:政府|办公室|办公厅|局|委员会|委|厅|办|中心|小组|办事处|管委会|司|署|院|部|处|公司)$");

    private final List<Object> flow;
    private final List<Integer> signatureYears;

    private PlanLines(List<Object> flow, List<Integer> signatureYears) {
        this.flow = flow;
        this.signatureYears = signatureYears;
    }

    /** Lines ({@link Line}) and tables ({@link TableAt}) in reading order. */
    List<Object> flow() {
        return flow;
    }

    /** Years of the dates under signatures that cleaning removed (the cover notice's date, mostly). */
    List<Integer> signatureYears() {
        return signatureYears;
    }

    static PlanLines of(PlanSource source) {
        List<Object> flow = new ArrayList<>();
        for (SourceBlock block : source.blocks()) {
            if (block instanceof SourceBlock.Paragraph p) {
                String raw = (p.autoNumber() == null ? "" : p.autoNumber()) + p.text();
                Line line = clean(raw, p.start());
                if (line != null) {
                    flow.addAll(RunInLabels.split(line));
                }
            } else if (block instanceof SourceBlock.Table t) {
                if (!flow.isEmpty() && flow.get(flow.size() - 1) instanceof TableAt prev && continues(prev.table(), t)) {
                    flow.set(flow.size() - 1, new TableAt(joined(prev.table(), t)));
                } else {
                    flow.add(new TableAt(t));
                }
            }
        }
        List<Integer> years = new ArrayList<>();
        flow = withoutSignatures(flow, years);
        flow = withoutRepeatedExcerpt(flow);
        return new PlanLines(flow, years);
    }

    /**
     * A table Word broke over a page is often two tables: the second has the same columns and either
     * repeats the header row or has none. Read as one, so its rows keep their groups and columns.
     */
    private static boolean continues(SourceBlock.Table first, SourceBlock.Table next) {
        if (first.rows().isEmpty() || next.rows().isEmpty() || first.rows().get(0).size() != next.rows().get(0).size()
                || TaskTable.read(first).isEmpty()) {
            return false;
        }
        return sameTexts(first.rows().get(0), next.rows().get(0)) || TaskTable.read(next).isEmpty();
    }

    private static SourceBlock.Table joined(SourceBlock.Table first, SourceBlock.Table next) {
        List<List<SourceBlock.Cell>> rows = new ArrayList<>(first.rows());
        List<List<SourceBlock.Cell>> more = next.rows();
        rows.addAll(sameTexts(first.rows().get(0), more.get(0)) ? more.subList(1, more.size()) : more);
        return new SourceBlock.Table(rows, first.start(), next.end());
    }

    static boolean sameTexts(List<SourceBlock.Cell> a, List<SourceBlock.Cell> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!TextFolding.nameKey(a.get(i).text()).equals(TextFolding.nameKey(b.get(i).text()))) {
                return false;
            }
        }
        return true;
    }

    static Line clean(String raw, int offset) {
        String text = BOOKMARK.matcher(raw).replaceAll("");
        int lead = 0;
        while (lead < text.length() && isBlank(text.charAt(lead))) {
            lead++;
        }
        int end = text.length();
        while (end > lead && isBlank(text.charAt(end - 1))) {
            end--;
        }
        text = text.substring(lead, end);
        if (text.isEmpty()) {
            return null;
        }
        String folded = TextFolding.fold(text);
        if (JUNK.matcher(folded).matches()) {
            return null;
        }
        return new Line(text, folded, offset + lead, offset + lead + text.length());
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    static boolean looksLikeOrgan(String folded) {
        return folded.length() >= 2 && folded.length() <= 30 && ORGAN_END.matcher(folded).matches()
                && folded.chars().noneMatch(c -> "。，；：、".indexOf(c) >= 0);
    }

    /** Drops date lines and the organ name signed above them, remembering the year. */
    private static List<Object> withoutSignatures(List<Object> flow, List<Integer> years) {
        List<Object> out = new ArrayList<>();
        for (Object o : flow) {
            if (o instanceof Line l && DATE_LINE.matcher(l.folded()).matches()) {
                years.add(Integer.parseInt(l.folded().substring(0, 4)));
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Line prev && looksLikeOrgan(prev.folded())
                        && Numbering.at(prev.text(), prev.folded()) == null) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(o);
        }
        return out;
    }

    /**
     * A web page often opens with an excerpt of the first lines and then gives the whole text: when the
     * first n lines reappear right after themselves, the first copy goes.
     */
    private static List<Object> withoutRepeatedExcerpt(List<Object> flow) {
        int n = flow.size();
        for (int j = 1; j <= Math.min(12, n / 2); j++) {
            boolean repeated = true;
            for (int i = 0; i < j && repeated; i++) {
                repeated = flow.get(i) instanceof Line a && flow.get(j + i) instanceof Line b && a.text().equals(b.text());
            }
            if (repeated) {
                return new ArrayList<>(flow.subList(j, n));
            }
        }
        return flow;
    }
}
