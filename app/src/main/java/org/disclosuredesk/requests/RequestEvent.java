// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import org.disclosuredesk.law.ResultRow;

/**
 * One dated step of a request. {@code dueOn} is the step's own limit (补正期限, the third party's
 * answer limit, the fee payment deadline, the 第三十五条 period); {@code relatedEventId} pairs an answer
 * with its consultation. {@code result} is the chosen result row of a {@link EventKind#DECISION}.
 * {@code otherOrganName}/{@code otherOrganContact}: on a 无法提供 decision, the organ that holds the
 * information and how to reach it (第三十六条第（五）项), for the reply notice.
 */
public record RequestEvent(Long id, EventKind kind, LocalDate on, LocalDate dueOn, String party, Consultee consultee,
        String approver, LocalDate toldOn, Integer extraDays, FeeBasis feeBasis, Integer feeQuantity, Long amountFen,
        String deliveryMethod, Long relatedEventId, ResultRow result, String note, String otherOrganName,
        String otherOrganContact) {

    /** A step without another organ named (every step but a 无法提供 decision). */
    public RequestEvent(Long id, EventKind kind, LocalDate on, LocalDate dueOn, String party, Consultee consultee,
            String approver, LocalDate toldOn, Integer extraDays, FeeBasis feeBasis, Integer feeQuantity, Long amountFen,
            String deliveryMethod, Long relatedEventId, ResultRow result, String note) {
        this(id, kind, on, dueOn, party, consultee, approver, toldOn, extraDays, feeBasis, feeQuantity, amountFen,
                deliveryMethod, relatedEventId, result, note, null, null);
    }

    /** 第三十五条: the reasonable longer period set ({@code until}), told on {@code on}, with its reason. */
    public static RequestEvent longerPeriod(LocalDate on, LocalDate until, String reason) {
        return of(EventKind.LONGER_PERIOD, on).withDueOn(until).withNote(reason);
    }

    /** The applicant withdrew on {@code on}; closes as （六）3 with the reason. */
    public static RequestEvent withdrawn(LocalDate on, String reason) {
        return of(EventKind.WITHDRAWN, on).withNote(reason);
    }

    /** A 无法提供 decision naming the organ that holds the information (第三十六条第（五）项). */
    public RequestEvent withOtherOrgan(String name, String contact) {
        return new RequestEvent(id, kind, on, dueOn, party, consultee, approver, toldOn, extraDays, feeBasis,
                feeQuantity, amountFen, deliveryMethod, relatedEventId, result, note, name, contact);
    }

    public static RequestEvent of(EventKind kind, LocalDate on) {
        return new RequestEvent(null, kind, on, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static RequestEvent correctionSent(LocalDate on, LocalDate correctBy) {
        return of(EventKind.CORRECTION_SENT, on).withDueOn(correctBy);
    }

    public static RequestEvent consultationSent(LocalDate on, Consultee consultee, String party, LocalDate answerBy) {
        return new RequestEvent(null, EventKind.CONSULTATION_SENT, on, answerBy, party, consultee,
                null, null, null, null, null, null, null, null, null, null);
    }

    public static RequestEvent consultationAnswered(LocalDate on, Long consultationId) {
        return of(EventKind.CONSULTATION_ANSWERED, on).withRelatedEventId(consultationId);
    }

    public static RequestEvent extension(LocalDate approvedOn, String approver, LocalDate toldOn, int extraDays) {
        return new RequestEvent(null, EventKind.EXTENSION, approvedOn, null, null, null,
                approver, toldOn, extraDays, null, null, null, null, null, null, null);
    }

    public static RequestEvent feeNotice(LocalDate on, FeeBasis basis, int quantity, LocalDate payBy) {
        return new RequestEvent(null, EventKind.FEE_NOTICE, on, payBy, null, null,
                null, null, null, basis, quantity, null, null, null, null, null);
    }

    public static RequestEvent decision(LocalDate on, ResultRow result) {
        return new RequestEvent(null, EventKind.DECISION, on, null, null, null,
                null, null, null, null, null, null, null, null, result, null);
    }

    public static RequestEvent replySent(LocalDate on, String deliveryMethod) {
        return new RequestEvent(null, EventKind.REPLY_SENT, on, null, null, null,
                null, null, null, null, null, null, deliveryMethod, null, null, null);
    }

    public RequestEvent withId(Long newId) {
        return new RequestEvent(newId, kind, on, dueOn, party, consultee, approver, toldOn, extraDays, feeBasis,
                feeQuantity, amountFen, deliveryMethod, relatedEventId, result, note, otherOrganName, otherOrganContact);
    }

    public RequestEvent withDueOn(LocalDate newDueOn) {
        return new RequestEvent(id, kind, on, newDueOn, party, consultee, approver, toldOn, extraDays, feeBasis,
                feeQuantity, amountFen, deliveryMethod, relatedEventId, result, note, otherOrganName, otherOrganContact);
    }

    public RequestEvent withAmountFen(Long amount) {
        return new RequestEvent(id, kind, on, dueOn, party, consultee, approver, toldOn, extraDays, feeBasis,
                feeQuantity, amount, deliveryMethod, relatedEventId, result, note, otherOrganName, otherOrganContact);
    }

    public RequestEvent withRelatedEventId(Long related) {
        return new RequestEvent(id, kind, on, dueOn, party, consultee, approver, toldOn, extraDays, feeBasis,
                feeQuantity, amountFen, deliveryMethod, related, result, note, otherOrganName, otherOrganContact);
    }

    public RequestEvent withResult(ResultRow row) {
        return new RequestEvent(id, kind, on, dueOn, party, consultee, approver, toldOn, extraDays, feeBasis,
                feeQuantity, amountFen, deliveryMethod, relatedEventId, row, note, otherOrganName, otherOrganContact);
    }

    public RequestEvent withNote(String text) {
        return new RequestEvent(id, kind, on, dueOn, party, consultee, approver, toldOn, extraDays, feeBasis,
                feeQuantity, amountFen, deliveryMethod, relatedEventId, result, text, otherOrganName, otherOrganContact);
    }

    /** The result row this event gives the request, if it closes it. */
    public ResultRow closingResult() {
        return kind.impliedResult().orElse(kind == EventKind.DECISION ? result : null);
    }
}
