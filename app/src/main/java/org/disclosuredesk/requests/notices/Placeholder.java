// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words a template may ask for, written in the template as {名称}. Each takes its value from the
 * {@link NoticeFacts}; an unrecorded fact prints 【未记录：名称】 (a setting 【未设置：名称】) so the clerk
 * sees the gap before sending, and nothing is invented. A few print a whole sentence or nothing (逾期说明,
 * 其他机关说明, 救济途径), so one template reads right with or without the fact.
 */
public enum Placeholder {
    ORGAN("机关名称", "落款机关", f -> f.organName()),
    ADDRESSEE("收件人", "申请人，征求意见书为第三方", NoticeFacts::addressee),
    APPLICANT("申请人", "申请人姓名或名称", NoticeFacts::applicantName),
    REGISTRATION("登记号", "申请登记号", NoticeFacts::registrationNumber),
    RECEIVED_ON("收到申请日期", "条例第三十一条的收到申请之日", f -> date(f.receivedOn())),
    CONTENT("申请内容", "申请公开的政府信息", NoticeFacts::content),
    FORM_WANTED("获取形式", "申请人要求的提供形式", NoticeFacts::formWanted),
    ANSWER_DUE("答复期限", "按办理记录计算的答复期限", f -> date(f.answerDueOn())),
    ORIGINAL_DUE("原答复期限", "延长前的答复期限", f -> date(f.originalDueOn())),
    EXTENSION_DAYS("延长天数", "延长的工作日数", f -> f.extensionDays() == null ? null : String.valueOf(f.extensionDays())),
    STEP_NOTE("事项说明", "办理记录的备注：补正事项、延期理由或答复说明", NoticeFacts::stepNote),
    CORRECTION_SENT_ON("补正告知日期", "告知补正之日", f -> date(f.correctionSentOn())),
    CORRECT_BY("补正期限", "补正期限", f -> date(f.correctBy())),
    THIRD_PARTY("第三方", "被征求意见的第三方", NoticeFacts::party),
    OPINION_BY("征求意见期限", "第三方提出意见的期限（15个工作日）", f -> date(f.stepLimit())),
    FEE_BASIS("计费方式", "按件或按量", f -> f.feeBasis() == null ? null : f.feeBasis().label()),
    FEE_QUANTITY("计费数量", "件数或页数", f -> f.feeBasis() == null || f.feeQuantity() == null ? null
            : f.feeQuantity() + f.feeBasis().unit()),
    FEE_TIERS("收费标准", "适用的收费档次", f -> f.feeBasis() == null || f.feeQuantity() == null ? null
            : FeeTierText.of(f.feeBasis(), f.feeQuantity())),
    FEE_AMOUNT("收费金额", "应缴金额", f -> f.feeFen() == null ? null : FeeTierText.yuan(f.feeFen())),
    PAY_BY("缴费期限", "按收费通知日计算的缴费期限", f -> date(f.stepLimit())),
    FEE_NOTICE_ON("收费通知日期", "发出收费通知之日", f -> date(f.feeNoticeOn())),
    PAYMENT("缴费方式", "设置中的缴费方式", f -> f.settings().payment()),
    ARTICLE("援引条款", "答复结果所依据的条例条款", f -> f.type().row() == null ? null : f.type().row().article()),
    DECIDED_ON("答复日期", "作出答复之日", f -> date(f.stepOn())),
    DELIVERY("提供方式", "提供信息的方式", f -> f.deliveryMethod() != null ? f.deliveryMethod() : f.formWanted()),
    ITEM_ANSWERS("分项答复", "按一事一申请拆分的申请：逐项的办理结果（未拆分时不写）", NoticeSentences::itemAnswers),
    OTHER_ORGAN("其他机关说明", "负责公开该信息的其他机关及联系方式（未记录时不写）", NoticeSentences::otherOrgan),
    REASONABLE_PERIOD("合理期限", "条例第三十五条确定的延迟答复期限", f -> date(f.reasonablePeriodUntil())),
    REMEDIES("救济途径", "行政复议和行政诉讼的告知（按答复结果）", NoticeSentences::remedies),
    LATE("逾期说明", "晚于法定时限出具时的说明（按时出具时不写）", NoticeSentences::late),
    CONTACT("机关联系方式", "设置中的联系方式", f -> f.settings().contact()),
    ISSUED_ON("告知日期", "出具本告知书之日", f -> date(f.issuedOn()));

    private final String chineseName;
    private final String description;
    private final Function<NoticeFacts, String> value;

    Placeholder(String chineseName, String description, Function<NoticeFacts, String> value) {
        this.chineseName = chineseName;
        this.description = description;
        this.value = value;
    }

    public String chineseName() {
        return chineseName;
    }

    public String description() {
        return description;
    }

    /** How it is written in a template: {申请人}. */
    public String token() {
        return "{" + chineseName + "}";
    }

    /** The value for these facts; 【未记录：…】 or 【未设置：…】 when the fact is missing. */
    public String valueFor(NoticeFacts facts) {
        String v = value.apply(facts);
        if (v != null && !v.isBlank()) {
            return v;
        }
        if (this == OTHER_ORGAN || this == REMEDIES || this == LATE || this == ITEM_ANSWERS) {
            return "";
        }
        boolean setting = this == PAYMENT || this == CONTACT;
        return "【" + (setting ? "未设置：" : "未记录：") + chineseName + "】";
    }

    public static Optional<Placeholder> fromChineseName(String name) {
        return Arrays.stream(values()).filter(p -> p.chineseName.equals(name)).findFirst();
    }

    /** 2025年3月5日, as 公文 write dates (GB/T 9704: Arabic numerals, no leading zeros). */
    public static String date(LocalDate d) {
        return d == null ? null : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
