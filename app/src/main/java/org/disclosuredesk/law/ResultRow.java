// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/**
 * The result rows of table 三「本年度办理结果」, 2021 format (国办公开办函〔2021〕30号), labels verbatim.
 * Each decided request is in exactly one row. {@code code} is what the database stores.
 * {@code article} is the 条例 article a reply notice cites for the row (empty where none is cited), checked
 * against the 2019 text: 第十六条 has two 款 (internal affairs; process information and enforcement files);
 * no clause of the 条例 covers （五）5 (confirming or re-issuing what the applicant already has), so its
 * reply cites 第三十九条 as a whole (not 第二款, which is about public publications only).
 */
public enum ResultRow {
    DISCLOSED("1", ResultGroup.DISCLOSED, null, "第三十六条第（二）项"),
    PARTLY_DISCLOSED("2", ResultGroup.PARTLY_DISCLOSED, null, "第三十七条"),
    WITHHELD_STATE_SECRET("3.1", ResultGroup.WITHHELD, "1.属于国家秘密", "第十四条"),
    WITHHELD_FORBIDDEN_BY_LAW("3.2", ResultGroup.WITHHELD, "2.其他法律行政法规禁止公开", "第十四条"),
    WITHHELD_THREE_SAFETIES("3.3", ResultGroup.WITHHELD, "3.危及“三安全一稳定”", "第十四条"),
    WITHHELD_THIRD_PARTY("3.4", ResultGroup.WITHHELD, "4.保护第三方合法权益", "第十五条"),
    WITHHELD_INTERNAL_AFFAIRS("3.5", ResultGroup.WITHHELD, "5.属于三类内部事务信息", "第十六条第一款"),
    WITHHELD_PROCESS_INFORMATION("3.6", ResultGroup.WITHHELD, "6.属于四类过程性信息", "第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILE("3.7", ResultGroup.WITHHELD, "7.属于行政执法案卷", "第十六条第二款"),
    WITHHELD_ADMINISTRATIVE_ENQUIRY("3.8", ResultGroup.WITHHELD, "8.属于行政查询事项", "第三十六条第（七）项"),
    UNAVAILABLE_NOT_HELD("4.1", ResultGroup.UNAVAILABLE, "1.本机关不掌握相关政府信息", "第三十六条第（四）项"),
    UNAVAILABLE_NEEDS_CREATION("4.2", ResultGroup.UNAVAILABLE, "2.没有现成信息需要另行制作", "第三十八条"),
    UNAVAILABLE_STILL_UNCLEAR("4.3", ResultGroup.UNAVAILABLE, "3.补正后申请内容仍不明确", "第三十条"),
    NOT_HANDLED_PETITION("5.1", ResultGroup.NOT_HANDLED, "1.信访举报投诉类申请", "第三十九条第一款"),
    NOT_HANDLED_REPEATED("5.2", ResultGroup.NOT_HANDLED, "2.重复申请", "第三十六条第（六）项"),
    NOT_HANDLED_PUBLICATION("5.3", ResultGroup.NOT_HANDLED, "3.要求提供公开出版物", "第三十九条第二款"),
    NOT_HANDLED_UNREASONABLE_VOLUME("5.4", ResultGroup.NOT_HANDLED, "4.无正当理由大量反复申请", "第三十五条"),
    NOT_HANDLED_CONFIRMATION("5.5", ResultGroup.NOT_HANDLED, "5.要求行政机关确认或重新出具已获取信息", "第三十九条"),
    OTHER_NO_CORRECTION("6.1", ResultGroup.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    OTHER_FEE_UNPAID("6.2", ResultGroup.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第四十二条"),
    OTHER("6.3", ResultGroup.OTHER, "3.其他", "");

    private final String code;
    private final ResultGroup group;
    private final String itemLabel;
    private final String article;

    ResultRow(String code, ResultGroup group, String itemLabel, String article) {
        this.code = code;
        this.group = group;
        this.itemLabel = itemLabel;
        this.article = article;
    }

    public String code() {
        return code;
    }

    public ResultGroup group() {
        return group;
    }

    /** The numbered item label inside its group (e.g. 1.属于国家秘密); null for （一） and （二）. */
    public String itemLabel() {
        return itemLabel;
    }

    public String article() {
        return article;
    }

    /** One line naming the row fully, e.g. （三）不予公开 1.属于国家秘密. */
    public String fullLabel() {
        return itemLabel == null ? group.label() : group.label() + " " + itemLabel;
    }

    public static Optional<ResultRow> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Accepts the code, the full label, or the item label (as an imported ledger may hold it). */
    public static Optional<ResultRow> fromLabel(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replaceAll("\\s+", " ");
        return Arrays.stream(values())
                .filter(r -> r.code.equals(t) || r.fullLabel().equals(t) || r.group.label().equals(t) && r.itemLabel == null
                        || (r.itemLabel != null && (r.itemLabel.equals(t) || (r.group.label() + r.itemLabel).equals(t.replace(" ", "")))))
                .findFirst();
    }
}
