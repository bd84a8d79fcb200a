// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.RequestTableRows;
import org.disclosuredesk.report.format.ReviewColumns;

/**
 * The county-wide figures the county's own report text needs, all sums of what the offices sent:
 * documents published, requests received, the share answered 予以公开 or 部分公开, reviews and lawsuits
 * and how many of them corrected the office.
 */
public record CountyFigures(int offices, long documentsPublished, long newRequests, long carriedIn, long decided,
                            long disclosedOrPartly, long reviews, long lawsuits, long corrected) {

    static CountyFigures of(CountyTables county) {
        ReportTables t = county.total();
        long decided = t.requestsTotal(RequestTableRows.RESULTS_TOTAL);
        long disclosed = t.requestsTotal(RequestTableRows.rowKeyOf(t.format().requestRows(), ResultRow.DISCLOSED))
                + t.requestsTotal(RequestTableRows.rowKeyOf(t.format().requestRows(), ResultRow.PARTLY_DISCLOSED));
        long lawsuits = t.value(ReviewColumns.total(ReviewKind.LAWSUIT_DIRECT)) + t.value(ReviewColumns.total(ReviewKind.LAWSUIT_AFTER_REVIEW));
        long corrected = 0;
        for (ReviewKind kind : ReviewKind.values()) {
            corrected += t.value(ReviewColumns.cell(kind, ReviewResult.CORRECTED));
        }
        long published = 0;
        for (StoredPackage p : county.packages()) {
            published += p.content().figures().documentsPublished();
        }
        return new CountyFigures(county.offices().size(), published, t.requestsTotal(RequestTableRows.NEW_RECEIVED),
                t.requestsTotal(RequestTableRows.CARRIED_IN), decided, disclosed,
                t.value(ReviewColumns.total(ReviewKind.ADMINISTRATIVE_REVIEW)), lawsuits, corrected);
    }

    /** 予以公开及部分公开 among the requests decided, in whole percent (floor); 0 when none was decided. */
    public int disclosureRatePercent() {
        return decided == 0 ? 0 : (int) Math.floor(100.0 * disclosedOrPartly / decided);
    }

    /** The paragraph offered to the county's 「生成初稿」; every figure is a sum of the packages counted. */
    public String paragraph(int year) {
        StringBuilder s = new StringBuilder();
        s.append(year).append("年，全县").append(offices).append("个单位报送了年度数据。全县共主动公开政府信息")
                .append(documentsPublished).append("条；共收到政府信息公开申请").append(newRequests).append("件");
        if (carriedIn > 0) {
            s.append("，上年结转").append(carriedIn).append("件");
        }
        s.append("，办结").append(decided).append("件");
        if (decided > 0) {
            s.append("，其中予以公开及部分公开").append(disclosedOrPartly).append("件，占").append(disclosureRatePercent()).append("%");
        }
        s.append("。");
        if (reviews + lawsuits == 0) {
            s.append("全年未发生因政府信息公开引起的行政复议和行政诉讼。");
        } else {
            s.append("因政府信息公开引起行政复议").append(reviews).append("件、行政诉讼").append(lawsuits).append("件");
            s.append(corrected == 0 ? "，无被纠错案件。" : "，其中被纠错" + corrected + "件。");
        }
        return s.toString();
    }
}
