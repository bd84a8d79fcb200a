// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

/**
 * Labels printed identically by the 2019 (国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号)
 * formats that no {@code law} enum carries. Verbatim, full-width punctuation; defined once.
 */
public final class CommonLabels {

    /** Table 三, the corner cell over the label columns: rule 1 of the format, printed in the table. */
    public static final String REQUESTS_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final String APPLICANTS = "申请人情况";
    public static final String TOTAL = "总计";
    public static final String NEW_RECEIVED = "一、本年新收政府信息公开申请数量";
    public static final String CARRIED_IN = "二、上年结转政府信息公开申请数量";
    public static final String RESULTS = "三、本年度办理结果";
    public static final String RESULTS_TOTAL = "（七）总计";
    public static final String CARRIED_OUT = "四、结转下年度继续办理";

    /** Table 二. */
    public static final String CONTENT = "信息内容";
    public static final String ARTICLE_20_ITEM_1 = "第二十条第（一）项";
    public static final String ARTICLE_20_ITEM_5 = "第二十条第（五）项";
    public static final String ARTICLE_20_ITEM_6 = "第二十条第（六）项";
    public static final String ARTICLE_20_ITEM_8 = "第二十条第（八）项";
    public static final String ARTICLE_20_ITEM_9 = "第二十条第（九）项";
    public static final String LICENSING = "行政许可";
    public static final String PENALTY = "行政处罚";
    public static final String COERCION = "行政强制";
    public static final String ADMINISTRATIVE_FEES = "行政事业性收费";

    private CommonLabels() {
    }
}
