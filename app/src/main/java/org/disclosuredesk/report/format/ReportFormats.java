// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import static org.disclosuredesk.report.format.Measure.Source.ADMINISTRATIVE_FEES;
import static org.disclosuredesk.report.format.Measure.Source.COERCION_DECISIONS;
import static org.disclosuredesk.report.format.Measure.Source.DOCUMENTS_ABOLISHED;
import static org.disclosuredesk.report.format.Measure.Source.DOCUMENTS_IN_FORCE;
import static org.disclosuredesk.report.format.Measure.Source.DOCUMENTS_PUBLISHED;
import static org.disclosuredesk.report.format.Measure.Source.DOCUMENTS_PUBLISHED_TOTAL;
import static org.disclosuredesk.report.format.Measure.Source.DOCUMENTS_WRITTEN;
import static org.disclosuredesk.report.format.Measure.Source.LICENSING_DECISIONS;
import static org.disclosuredesk.report.format.Measure.Source.PENALTY_DECISIONS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.shared.UserError;

/**
 * Every version of the report format the app knows (req~report.format-by-year~1): reports for 2021 and
 * later use 国办公开办函〔2021〕30号, reports for 2019–2020 the trial format of 国办公开办函〔2019〕60号.
 * The superseded 2019 tables can therefore never be used for a 2021+ report.
 */
public final class ReportFormats {

    /** Keys of the yearly form's extra figures that the 2019 format's table 二 reads. */
    public static final String EXTRA_LICENSING_ITEMS = "licensing_items_previous_year";
    public static final String EXTRA_LICENSING_CHANGE = "licensing_items_change";
    public static final String EXTRA_OTHER_SERVICE_ITEMS = "other_service_items_previous_year";
    public static final String EXTRA_OTHER_SERVICE_CHANGE = "other_service_items_change";
    public static final String EXTRA_OTHER_SERVICE_DECISIONS = "other_service_decisions";
    public static final String EXTRA_PENALTY_ITEMS = "penalty_items_previous_year";
    public static final String EXTRA_PENALTY_CHANGE = "penalty_items_change";
    public static final String EXTRA_COERCION_ITEMS = "coercion_items_previous_year";
    public static final String EXTRA_COERCION_CHANGE = "coercion_items_change";
    public static final String EXTRA_FEE_ITEMS = "fee_items_previous_year";
    public static final String EXTRA_FEE_CHANGE = "fee_items_change";
    public static final String EXTRA_PROCUREMENT_ITEMS = "procurement_items";
    public static final String EXTRA_PROCUREMENT_AMOUNT_FEN = "procurement_amount_fen";

    public static final ReportFormat FORMAT_2021 = format2021();
    public static final ReportFormat FORMAT_2019 = format2019();

    private static final List<ReportFormat> ALL = List.of(FORMAT_2019, FORMAT_2021);

    private ReportFormats() {
    }

    public static List<ReportFormat> all() {
        return ALL;
    }

    /** The format prescribed for the report on {@code year}: the newest one whose first year is not after it. */
    public static ReportFormat forYear(int year) {
        return ALL.stream()
                .filter(f -> f.firstYear() <= year)
                .max(Comparator.comparingInt(ReportFormat::firstYear))
                .orElseThrow(() -> new UserError("年度报告格式自 2019 年起才有规定（国办公开办函〔2019〕60号），无法生成 "
                        + year + " 年的报告。"));
    }

    private static ReportFormat format2021() {
        String issued = "本年制发件数";
        String abolished = "本年废止件数";
        String inForce = "现行有效件数";
        String decisions = "本年处理决定数量";
        List<DisclosureBlock> blocks = List.of(
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_1, List.of(CommonLabels.CONTENT, issued, abolished, inForce), List.of(
                        documentRow("rule", DocType.RULE.label(), DocType.RULE, DOCUMENTS_WRITTEN, DOCUMENTS_ABOLISHED, DOCUMENTS_IN_FORCE),
                        documentRow("normative", DocType.NORMATIVE_DOCUMENT.label(), DocType.NORMATIVE_DOCUMENT,
                                DOCUMENTS_WRITTEN, DOCUMENTS_ABOLISHED, DOCUMENTS_IN_FORCE))),
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_5, List.of(CommonLabels.CONTENT, decisions), List.of(
                        new DisclosureBlock.Row("licensing", CommonLabels.LICENSING, List.of(Measure.statistic(LICENSING_DECISIONS))))),
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_6, List.of(CommonLabels.CONTENT, decisions), List.of(
                        new DisclosureBlock.Row("penalty", CommonLabels.PENALTY, List.of(Measure.statistic(PENALTY_DECISIONS))),
                        new DisclosureBlock.Row("coercion", CommonLabels.COERCION, List.of(Measure.statistic(COERCION_DECISIONS))))),
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_8, List.of(CommonLabels.CONTENT, "本年收费金额（单位：万元）"), List.of(
                        new DisclosureBlock.Row("fees", CommonLabels.ADMINISTRATIVE_FEES, List.of(Measure.statistic(ADMINISTRATIVE_FEES))))));
        List<StockContinuity> continuity = List.of(
                new StockContinuity("rule", inForce, List.of(issued), List.of(abolished)),
                new StockContinuity("normative", inForce, List.of(issued), List.of(abolished)));
        List<RequestRowDef> rows = RequestTableRows.build(Set.of());
        List<NarrativeFigure> figures = new ArrayList<>(NarrativeFigures.requestsAndReviews(rows));
        figures.add(new NarrativeFigure("制发规章", List.of("制发规章", "出台规章"), List.of(CellRef.activeDisclosure("rule", issued))));
        figures.add(new NarrativeFigure("制发行政规范性文件", List.of("制发行政规范性文件", "出台行政规范性文件"),
                List.of(CellRef.activeDisclosure("normative", issued))));
        figures.add(new NarrativeFigure("废止行政规范性文件", List.of("废止行政规范性文件"), List.of(CellRef.activeDisclosure("normative", abolished))));
        figures.add(new NarrativeFigure("现行有效行政规范性文件", List.of("现行有效行政规范性文件"),
                List.of(CellRef.activeDisclosure("normative", inForce))));
        return new ReportFormat("2021", "中华人民共和国政府信息公开工作年度报告格式", "国办公开办函〔2021〕30号", 2021, List.of(ReportSection.values()),
                blocks, continuity, rows, figures);
    }

    private static ReportFormat format2019() {
        String made = "本年新制作数量";
        String published = "本年新公开数量";
        String publishedTotal = "对外公开总数量";
        String previousItems = "上一年项目数量";
        String change = "本年增/减";
        String decisions = "处理决定数量";
        List<DisclosureBlock> blocks = List.of(
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_1, List.of(CommonLabels.CONTENT, made, published, publishedTotal), List.of(
                        documentRow("rule", DocType.RULE.label(), DocType.RULE, DOCUMENTS_WRITTEN, DOCUMENTS_PUBLISHED, DOCUMENTS_PUBLISHED_TOTAL),
                        // The 2019 format prints 规范性文件, without 行政.
                        documentRow("normative", "规范性文件", DocType.NORMATIVE_DOCUMENT,
                                DOCUMENTS_WRITTEN, DOCUMENTS_PUBLISHED, DOCUMENTS_PUBLISHED_TOTAL))),
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_5, List.of(CommonLabels.CONTENT, previousItems, change, decisions), List.of(
                        itemRow("licensing", CommonLabels.LICENSING, EXTRA_LICENSING_ITEMS, EXTRA_LICENSING_CHANGE,
                                Measure.statistic(LICENSING_DECISIONS)),
                        itemRow("other_services", "其他对外管理服务事项", EXTRA_OTHER_SERVICE_ITEMS, EXTRA_OTHER_SERVICE_CHANGE,
                                Measure.extra(EXTRA_OTHER_SERVICE_DECISIONS, ValueKind.COUNT)))),
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_6, List.of(CommonLabels.CONTENT, previousItems, change, decisions), List.of(
                        itemRow("penalty", CommonLabels.PENALTY, EXTRA_PENALTY_ITEMS, EXTRA_PENALTY_CHANGE, Measure.statistic(PENALTY_DECISIONS)),
                        itemRow("coercion", CommonLabels.COERCION, EXTRA_COERCION_ITEMS, EXTRA_COERCION_CHANGE,
                                Measure.statistic(COERCION_DECISIONS)))),
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_8, List.of(CommonLabels.CONTENT, previousItems, change), List.of(
                        new DisclosureBlock.Row("fees", CommonLabels.ADMINISTRATIVE_FEES, List.of(
                                Measure.extra(EXTRA_FEE_ITEMS, ValueKind.COUNT), Measure.extra(EXTRA_FEE_CHANGE, ValueKind.SIGNED_COUNT))))),
                new DisclosureBlock(CommonLabels.ARTICLE_20_ITEM_9, List.of(CommonLabels.CONTENT, "采购项目数量", "采购总金额"), List.of(
                        new DisclosureBlock.Row("procurement", "政府集中采购", List.of(
                                Measure.extra(EXTRA_PROCUREMENT_ITEMS, ValueKind.COUNT),
                                Measure.extra(EXTRA_PROCUREMENT_AMOUNT_FEN, ValueKind.AMOUNT_WAN_YUAN))))));
        List<StockContinuity> continuity = List.of(
                new StockContinuity("rule", publishedTotal, List.of(published), List.of()),
                new StockContinuity("normative", publishedTotal, List.of(published), List.of()));
        List<RequestRowDef> rows = RequestTableRows.build(EnumSet.of(ResultGroup.OTHER));
        return new ReportFormat("2019", "中华人民共和国政府信息公开工作年度报告格式（试行）", "国办公开办函〔2019〕60号", 2019, List.of(ReportSection.values()),
                blocks, continuity, rows, NarrativeFigures.requestsAndReviews(rows));
    }

    private static DisclosureBlock.Row documentRow(String key, String label, DocType type, Measure.Source... sources) {
        List<Measure> measures = new ArrayList<>();
        for (Measure.Source source : sources) {
            measures.add(Measure.documents(source, type));
        }
        return new DisclosureBlock.Row(key, label, measures);
    }

    private static DisclosureBlock.Row itemRow(String key, String label, String itemsKey, String changeKey, Measure decisions) {
        return new DisclosureBlock.Row(key, label, List.of(
                Measure.extra(itemsKey, ValueKind.COUNT), Measure.extra(changeKey, ValueKind.SIGNED_COUNT), decisions));
    }
}
