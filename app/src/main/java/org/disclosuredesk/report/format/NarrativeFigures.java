// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ReviewKind;

/**
 * The figures a narrative commonly quotes, named by the words reports use for them. Only numbers
 * followed by 件 and preceded by one of these words in the same clause are checked; others (会议3次)
 * are not table figures.
 */
public final class NarrativeFigures {

    private static final int MIN_ITEM_WORDS = 4;

    private NarrativeFigures() {
    }

    /** Figures of tables 三 and 四, for any format whose table 三 has the given rows. */
    public static List<NarrativeFigure> requestsAndReviews(List<RequestRowDef> rows) {
        List<NarrativeFigure> figures = new ArrayList<>();
        figures.add(total("本年新收申请", List.of("收到", "新收", "受理", "接收"), RequestTableRows.NEW_RECEIVED));
        figures.add(total("上年结转申请", List.of("上年结转"), RequestTableRows.CARRIED_IN));
        figures.add(total("办理结果总计", List.of("办结", "办理完毕"), RequestTableRows.RESULTS_TOTAL));
        figures.add(total("结转下年度", List.of("结转下年", "结转至下年", "结转到下年"), RequestTableRows.CARRIED_OUT));
        group(figures, rows, ResultGroup.DISCLOSED, List.of("予以公开", "同意公开", "全部公开"));
        group(figures, rows, ResultGroup.PARTLY_DISCLOSED, List.of("部分公开"));
        // 「予以公开及部分公开258件」 is （一）+（二）: the longer words win over 部分公开 ending at the same place.
        // [impl->req~report.check.narrative-figures-combined~1]
        List<CellRef> disclosedOrPartly = new ArrayList<>(groupCells(rows, ResultGroup.DISCLOSED));
        disclosedOrPartly.addAll(groupCells(rows, ResultGroup.PARTLY_DISCLOSED));
        figures.add(new NarrativeFigure("予以公开及部分公开", List.of("予以公开及部分公开", "予以公开和部分公开", "予以公开或部分公开",
                "公开及部分公开", "公开和部分公开", "全部或部分公开", "全部和部分公开", "全部公开及部分公开"), disclosedOrPartly));
        group(figures, rows, ResultGroup.WITHHELD, List.of("不予公开"));
        group(figures, rows, ResultGroup.UNAVAILABLE, List.of("无法提供"));
        group(figures, rows, ResultGroup.NOT_HANDLED, List.of("不予处理"));
        group(figures, rows, ResultGroup.OTHER, List.of("其他处理"));
        for (RequestRowDef row : rows) {
            String words = row.item() == null ? "" : row.item().replaceFirst("^\\d+\\.", "");
            // A short item such as 3.其他 would match 法人或其他组织: only distinctive item names are looked for.
            if (words.length() >= MIN_ITEM_WORDS) {
                figures.add(new NarrativeFigure(row.label(), List.of(words),
                        List.of(CellRef.requests(row.key(), ApplicantColumns.TOTAL))));
            }
        }
        figures.add(new NarrativeFigure("行政复议", List.of("行政复议", "复议案件"),
                List.of(ReviewColumns.total(ReviewKind.ADMINISTRATIVE_REVIEW))));
        figures.add(new NarrativeFigure("行政诉讼", List.of("行政诉讼", "起诉", "应诉"),
                List.of(ReviewColumns.total(ReviewKind.LAWSUIT_DIRECT), ReviewColumns.total(ReviewKind.LAWSUIT_AFTER_REVIEW))));
        figures.add(new NarrativeFigure(ReviewKind.LAWSUIT_DIRECT.tableLabel(), List.of(ReviewKind.LAWSUIT_DIRECT.tableLabel(), "直接起诉"),
                List.of(ReviewColumns.total(ReviewKind.LAWSUIT_DIRECT))));
        figures.add(new NarrativeFigure(ReviewKind.LAWSUIT_AFTER_REVIEW.tableLabel(), List.of(ReviewKind.LAWSUIT_AFTER_REVIEW.tableLabel()),
                List.of(ReviewColumns.total(ReviewKind.LAWSUIT_AFTER_REVIEW))));
        return figures;
    }

    private static NarrativeFigure total(String name, List<String> words, String row) {
        return new NarrativeFigure(name, words, List.of(CellRef.requests(row, ApplicantColumns.TOTAL)));
    }

    private static void group(List<NarrativeFigure> figures, List<RequestRowDef> rows, ResultGroup group, List<String> words) {
        figures.add(new NarrativeFigure(group.label(), words, groupCells(rows, group)));
    }

    private static List<CellRef> groupCells(List<RequestRowDef> rows, ResultGroup group) {
        return rows.stream()
                .filter(r -> group.label().equals(r.group()))
                .map(r -> CellRef.requests(r.key(), ApplicantColumns.TOTAL))
                .collect(Collectors.toList());
    }
}
