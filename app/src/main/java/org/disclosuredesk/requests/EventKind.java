// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.Optional;
import org.disclosuredesk.law.ResultRow;

/** The steps of a request's timeline; the code is what request_event.kind stores. */
public enum EventKind {
    /** 第三十条: told once and in full what to correct, with a 补正期限. */
    CORRECTION_SENT("补正告知"),
    /** 第三十条: the answer period restarts from the corrected application's receipt. */
    CORRECTION_RECEIVED("收到补正"),
    /** 第三十条: no correction in time → treated as withdrawn, report row （六）1. */
    CORRECTION_LAPSED("逾期未补正"),
    /** 第三十二条 (third party) or another agency; the days do not count (第三十三条第三款). */
    CONSULTATION_SENT("征求意见"),
    CONSULTATION_ANSWERED("收到意见"),
    /** 第三十三条第二款: at most 20 more working days, once, approved by the head of the office. */
    EXTENSION("延长答复期限"),
    /** 第四十二条, 国办函〔2020〕109号. */
    FEE_NOTICE("收费通知"),
    /** The answer period runs from payment. */
    FEE_PAID("缴纳费用"),
    /** Unpaid in time → treated as withdrawn, report row （六）2. */
    FEE_LAPSED("逾期未缴费"),
    DECISION("作出答复"),
    REPLY_SENT("送达答复"),
    /**
     * 第三十五条: the quantity or frequency asked clearly exceeds a reasonable range and the office set a
     * longer, reasonable period (its {@code dueOn}) with its reason (the note) and told the applicant.
     */
    LONGER_PERIOD("确定合理答复期限"),
    /** The applicant withdrew the application: closes it as （六）3, with the reason (the note). */
    WITHDRAWN("申请人撤回");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Events that end the request (give it a result row and a decision date). */
    public boolean closes() {
        return this == DECISION || this == CORRECTION_LAPSED || this == FEE_LAPSED || this == WITHDRAWN;
    }

    /** The result row a closing event implies by law; empty for a decision, whose row is chosen. */
    public Optional<ResultRow> impliedResult() {
        switch (this) {
            case CORRECTION_LAPSED:
                return Optional.of(ResultRow.OTHER_NO_CORRECTION);
            case FEE_LAPSED:
                return Optional.of(ResultRow.OTHER_FEE_UNPAID);
            case WITHDRAWN:
                return Optional.of(ResultRow.OTHER);
            default:
                return Optional.empty();
        }
    }
}
