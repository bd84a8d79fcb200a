// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

/**
 * The sentences a notice carries only when a fact calls for them: the organ that holds the information,
 * the remedies a reply must name, and what the law required when the notice comes after its time.
 */
final class NoticeSentences {

    static final String LAW = "《中华人民共和国政府信息公开条例》";

    private NoticeSentences() {
    }

    /** 条例第三十六条第（五）项: name the organ and its contact; an unrecorded contact is said to be so. */
    static String otherOrgan(NoticeFacts f) {
        OtherOrgan o = f.otherOrgan();
        if (o == null || (blank(o.name()) && blank(o.contact()))) {
            return null;
        }
        return "经了解，该政府信息由" + orMissing(o.name(), "负责公开的机关名称") + "负责公开。根据" + LAW
                + "第三十六条第（五）项的规定，告知您该机关的名称和联系方式：" + orMissing(o.name(), "负责公开的机关名称")
                + "，联系方式：" + orMissing(o.contact(), "该机关的联系方式") + "。";
    }

    /**
     * 条例第五十一条 with the periods of 《行政复议法》第二十条 (60 days) and 《行政诉讼法》第四十六条 (6 months);
     * a refusal to disclose goes to review first (《行政复议法》第二十三条第一款第（四）项).
     */
    static String remedies(NoticeFacts f) {
        if (f.type().row() == null) {
            return null;
        }
        String review = orSetting(f.settings().reviewOrgan(), "行政复议机关");
        String court = orSetting(f.settings().court(), "管辖人民法院");
        switch (Remedy.of(f.type().row())) {
            case REVIEW_FIRST:
                return "如对本答复不服，根据《中华人民共和国行政复议法》第二十三条的规定，应当先申请行政复议：可以自收到本告知书之日起60日内向"
                        + review + "申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。";
            case REVIEW_OR_SUIT:
                return "如对本答复不服，可以自收到本告知书之日起60日内向" + review + "申请行政复议，也可以自收到本告知书之日起6个月内向"
                        + court + "提起行政诉讼。";
            default:
                return null;
        }
    }

    /** 一事一申请: each item's result, in one paragraph; null for an application not split. */
    static String itemAnswers(NoticeFacts f) {
        ItemAnswers items = f.itemAnswers();
        if (items.isEmpty()) {
            return null;
        }
        String answers = String.join("；", items.answered()) + "。";
        if (items.answeredElsewhere().isEmpty()) {
            return "您的申请包含多项内容，本机关按一事一申请逐项答复如下：" + answers;
        }
        return "您的申请包含多项内容，本机关按一事一申请分别答复，本告知书答复：" + answers + "其余第"
                + items.answeredElsewhere().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、"))
                + "项另行书面答复。";
    }

    /** Said when the notice is issued after the day the law wanted the step: the date stays the true one. */
    static String late(NoticeFacts f) {
        if (f.lawRequiredBy() == null || f.issuedOn() == null || !f.issuedOn().isAfter(f.lawRequiredBy())) {
            return null;
        }
        return "说明：" + f.lawRequiredRule() + "（即应于" + Placeholder.date(f.lawRequiredBy()) + "前）；本告知书于"
                + Placeholder.date(f.issuedOn()) + "出具。";
    }

    private static String orMissing(String v, String what) {
        return blank(v) ? "【未记录：" + what + "】" : v.trim();
    }

    private static String orSetting(String v, String what) {
        return blank(v) ? "【未设置：" + what + "】" : v.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
