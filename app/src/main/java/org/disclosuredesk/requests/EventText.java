// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import org.disclosuredesk.law.ResultRow;

/** One line describing a recorded step, for the timeline and the audit trail. */
public final class EventText {

    private EventText() {
    }

    public static String describe(RequestEvent e) {
        return e.kind().label() + " " + e.on() + details(e);
    }

    /** {@link #details(RequestEvent)}, an answer naming who answered (the party of the consultation it answers). */
    public static String details(RequestEvent e, java.util.List<RequestEvent> timeline) {
        if (e.kind() == EventKind.CONSULTATION_ANSWERED && e.relatedEventId() != null) {
            String party = timeline.stream().filter(x -> e.relatedEventId().equals(x.id()) && x.party() != null)
                    .map(RequestEvent::party).findFirst().orElse(null);
            if (party != null) {
                return "：" + party + " 答复" + details(e);
            }
        }
        return details(e);
    }

    /** What the step adds to its kind and date: limits, parties, amounts, the result; starts with "：" or "，". */
    public static String details(RequestEvent e) {
        StringBuilder s = new StringBuilder();
        switch (e.kind()) {
            case CORRECTION_SENT -> s.append(limit("补正期限", e));
            case CONSULTATION_SENT -> s.append("：").append(e.consultee() == null ? "" : e.consultee().label())
                    .append(e.party() == null ? "" : " " + e.party()).append(limit("答复期限", e));
            case EXTENSION -> {
                s.append("：延长 ").append(e.extraDays()).append(" 个工作日，").append(e.approver()).append(" 批准");
                s.append(e.toldOn() == null ? "，尚未告知申请人" : "，" + e.toldOn() + " 告知申请人");
            }
            case FEE_NOTICE -> s.append("：").append(e.feeBasis() == null ? "" : e.feeBasis().label())
                    .append(e.feeQuantity() == null ? "" : e.feeBasis() == FeeBasis.BY_ITEM
                            ? "，本月第 " + e.feeQuantity() + " 件" : "，" + e.feeQuantity() + " 页")
                    .append(e.amountFen() == null ? "" : "，" + FeeCalculator.yuan(e.amountFen())).append(limit("缴费期限", e));
            case FEE_PAID -> s.append(e.amountFen() == null ? "" : "：" + FeeCalculator.yuan(e.amountFen()));
            case DECISION -> {
                s.append(e.result() == null ? "" : "：" + e.result().fullLabel());
                if (e.otherOrganName() != null) {
                    s.append("，该信息由").append(e.otherOrganName()).append("掌握")
                            .append(e.otherOrganContact() == null ? "" : "（联系方式：" + e.otherOrganContact() + "）");
                }
            }
            case LONGER_PERIOD -> s.append(limit("合理期限至", e));
            case WITHDRAWN -> s.append("：").append(ResultRow.OTHER.fullLabel());
            case CORRECTION_LAPSED, FEE_LAPSED -> s.append(e.closingResult() == null ? "" : "：" + e.closingResult().fullLabel());
            case REPLY_SENT -> s.append(e.deliveryMethod() == null ? "" : "：" + e.deliveryMethod());
            default -> { }
        }
        if (e.note() != null && !e.note().isBlank()) {
            s.append("（").append(e.note()).append("）");
        }
        return s.toString();
    }

    private static String limit(String name, RequestEvent e) {
        return e.dueOn() == null ? "" : "，" + name + " " + e.dueOn();
    }
}
