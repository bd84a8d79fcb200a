// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.calendar.WorkCalendar;

/**
 * What a recorded step gets without the clerk typing it, because the law or the notice fixes it: the
 * third party's 15-working-day limit, the 20-working-day payment limit, the full 20-day extension, the
 * fee amount from the tiers and the applicant's count this month, the consultation an answer belongs to.
 */
final class StepDefaults {

    private final RequestRepository repository;
    private final LocalDate today;

    StepDefaults(RequestRepository repository, LocalDate today) {
        this.repository = repository;
        this.today = today;
    }

    /** The caller's defaults filled in: amounts, limits and links the law or the notice fixes. */
    RequestEvent complete(Request r, RequestEvent e, WorkCalendar calendar) {
        if (e.on() == null) {
            return e;
        }
        switch (e.kind()) {
            case CONSULTATION_SENT:
                // 条例第三十二条: the third party answers within 15 working days; another agency's letter usually gives the same.
                return e.dueOn() != null ? e : e.withDueOn(calendar.addWorkingDays(e.on(), AnswerDeadline.THIRD_PARTY_WORKING_DAYS));
            case CONSULTATION_ANSWERED: {
                List<RequestEvent> pending = new Timeline(r, calendar, today).pendingConsultations();
                return e.relatedEventId() == null && pending.size() == 1 ? e.withRelatedEventId(pending.get(0).id()) : e;
            }
            case EXTENSION:
                return e.extraDays() != null ? e : new RequestEvent(e.id(), e.kind(), e.on(), e.dueOn(), e.party(), e.consultee(),
                        e.approver(), e.toldOn(), AnswerDeadline.MAX_EXTENSION_WORKING_DAYS, e.feeBasis(), e.feeQuantity(),
                        e.amountFen(), e.deliveryMethod(), e.relatedEventId(), e.result(), e.note());
            case FEE_NOTICE: {
                RequestEvent withQuantity = e;
                if (e.feeBasis() == FeeBasis.BY_ITEM) {
                    withQuantity = new RequestEvent(e.id(), e.kind(), e.on(), e.dueOn(), e.party(), e.consultee(), e.approver(),
                            e.toldOn(), e.extraDays(), e.feeBasis(), ordinalInMonth(r), e.amountFen(), e.deliveryMethod(),
                            e.relatedEventId(), e.result(), e.note());
                }
                RequestEvent priced = withQuantity.feeBasis() == null || withQuantity.feeQuantity() == null ? withQuantity
                        : withQuantity.feeBasis() == FeeBasis.BY_ITEM
                        ? withQuantity.withAmountFen(FeeCalculator.byItems(firstPlaceInMonth(r), withQuantity.feeQuantity()))
                        : withQuantity.withAmountFen(FeeCalculator.of(withQuantity.feeBasis(), withQuantity.feeQuantity()));
                // 109号 as provincial notices apply it: 20 working days counted from the day after the applicant
                // received the notice (toldOn when recorded, else the notice's own date).
                // [impl->req~clock.fee-payment-limit~1]
                LocalDate received = e.toldOn() != null ? e.toldOn() : e.on();
                return priced.dueOn() != null ? priced
                        : priced.withDueOn(calendar.addWorkingDays(received, AnswerDeadline.FEE_PAYMENT_WORKING_DAYS));
            }
            case FEE_PAID:
                return r.first(EventKind.FEE_NOTICE).map(n -> e.withAmountFen(n.amountFen())).orElse(e);
            default:
                return e;
        }
    }

    /**
     * The applicant's n-th 件 received in that calendar month (国办函〔2020〕109号, 按件): the last place this
     * application takes — a split one takes one place per item (第四条, req~items.counting~1).
     */
    int ordinalInMonth(Request r) {
        int before = 0;
        Map<Long, Integer> pieces = piecesInMonth(r);
        for (Map.Entry<Long, Integer> e : pieces.entrySet()) {
            if (e.getKey().equals(r.id())) {
                return before + e.getValue();
            }
            before += e.getValue();
        }
        return before + 1;
    }

    /** The first place this application takes in the month's count (the same as the last unless split). */
    int firstPlaceInMonth(Request r) {
        return ordinalInMonth(r) - piecesInMonth(r).getOrDefault(r.id(), 1) + 1;
    }

    private Map<Long, Integer> piecesInMonth(Request r) {
        return repository.applicantPiecesInMonth(r.applicant().name(), r.applicant().idNumber(), YearMonth.from(r.receivedOn()));
    }
}
