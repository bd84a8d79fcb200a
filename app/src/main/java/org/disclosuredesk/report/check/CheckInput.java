// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportTables;

/**
 * Everything the checks look at for year N.
 *
 * @param previousLive      year N−1's carry-over (四) and register stock computed from the ledgers in year
 *                          N's format; its other cells are not computed and read 0
 * @param previousPublished year N−1's tables as exported final (in N−1's own format), if it was
 * @param feesCollectedFen  信息处理费 paid in year N according to the request log
 * @param expiredInYear     per table-二 row key, documents that became 已失效 in year N: they leave
 *                          现行有效件数 without being 本年废止件数
 * @param finalSnapshot     year N's own tables as exported final, if it was (to see what changed since)
 * @param lateReplies       requests decided in year N after their due date, as the request log counts them
 * @param undatedReplies    numbers of the requests table 三 carries out of year N only because their 答复日期 was
 *                          not recorded (「答复日期未记录」)
 * @param appDrafts         the 「生成初稿」 text the app writes for a year from its facts (asked only when a
 *                          section looks copied: the app's own sentences are not the clerk's 雷同)
 */
public record CheckInput(
        ReportTables tables,
        Optional<ReportTables> previousLive,
        Optional<ReportTables> previousPublished,
        Narrative narrative,
        Optional<Narrative> previousNarrative,
        long feesCollectedFen,
        Map<String, Long> expiredInYear,
        boolean statisticsEntered,
        Optional<ReportTables> finalSnapshot,
        boolean needsReexport,
        long lateReplies,
        List<String> undatedReplies,
        AppDrafts appDrafts) {

    /** The draft the app writes for a year; {@link #NONE} when nothing is known of it. */
    @FunctionalInterface
    public interface AppDrafts {
        AppDrafts NONE = year -> Narrative.EMPTY;

        Narrative of(int year);
    }

    public CheckInput {
        undatedReplies = List.copyOf(undatedReplies);
    }

    public CheckInput(ReportTables tables, Optional<ReportTables> previousLive, Optional<ReportTables> previousPublished,
            Narrative narrative, Optional<Narrative> previousNarrative, long feesCollectedFen, Map<String, Long> expiredInYear,
            boolean statisticsEntered, Optional<ReportTables> finalSnapshot, boolean needsReexport) {
        this(tables, previousLive, previousPublished, narrative, previousNarrative, feesCollectedFen, expiredInYear,
                statisticsEntered, finalSnapshot, needsReexport, 0);
    }

    public CheckInput(ReportTables tables, Optional<ReportTables> previousLive, Optional<ReportTables> previousPublished,
            Narrative narrative, Optional<Narrative> previousNarrative, long feesCollectedFen, Map<String, Long> expiredInYear,
            boolean statisticsEntered, Optional<ReportTables> finalSnapshot, boolean needsReexport, long lateReplies) {
        this(tables, previousLive, previousPublished, narrative, previousNarrative, feesCollectedFen, expiredInYear,
                statisticsEntered, finalSnapshot, needsReexport, lateReplies, List.of(), AppDrafts.NONE);
    }

    /** The same input with the request log's count of late replies. */
    public CheckInput withLateReplies(long late) {
        return new CheckInput(tables, previousLive, previousPublished, narrative, previousNarrative, feesCollectedFen,
                expiredInYear, statisticsEntered, finalSnapshot, needsReexport, late, undatedReplies, appDrafts);
    }

    /** The same input with the requests whose reply date is missing. */
    public CheckInput withUndatedReplies(List<String> numbers) {
        return new CheckInput(tables, previousLive, previousPublished, narrative, previousNarrative, feesCollectedFen,
                expiredInYear, statisticsEntered, finalSnapshot, needsReexport, lateReplies, numbers, appDrafts);
    }

    /** The same input with the app's own drafts, so its template sentences are not counted as copied. */
    public CheckInput withAppDrafts(AppDrafts drafts) {
        return new CheckInput(tables, previousLive, previousPublished, narrative, previousNarrative, feesCollectedFen,
                expiredInYear, statisticsEntered, finalSnapshot, needsReexport, lateReplies, undatedReplies, drafts);
    }

    /** Year N−1's figures to compare with: the published ones when there are any. */
    public Optional<ReportTables> previousForComparison() {
        return previousPublished.isPresent() ? previousPublished : previousLive;
    }
}
