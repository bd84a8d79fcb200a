// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.law.ResultRow;

/**
 * An application as the log holds it. {@code dueOn} is the stored copy of the derived due date (the
 * overview reads it; null while the clock waits for the applicant). Once decided it is kept as it was at
 * the decision, so late replies are counted from it; while open the truth is {@link AnswerDeadline}.
 * {@code undatedResult}: an imported row's result whose 答复日期 the ledger did not record.
 */
public record Request(Long id, RegistrationNumber number, RequestIntake intake, ResultRow result, LocalDate decidedOn,
        LocalDate dueOn, List<RequestEvent> events, ResultRow undatedResult) {

    public Request {
        events = List.copyOf(events);
    }

    /** A request without an imported result lacking its date (every request but such imports). */
    public Request(Long id, RegistrationNumber number, RequestIntake intake, ResultRow result, LocalDate decidedOn,
            LocalDate dueOn, List<RequestEvent> events) {
        this(id, number, intake, result, decidedOn, dueOn, events, null);
    }

    /** Imported with a result but no 答复日期 (「答复日期未记录」): the result the ledger gave, until the decision is recorded. */
    public boolean isDecisionDateMissing() {
        return decidedOn == null && undatedResult != null;
    }

    public boolean isDecided() {
        return decidedOn != null;
    }

    public LocalDate receivedOn() {
        return intake.receivedOn();
    }

    public Applicant applicant() {
        return intake.applicant();
    }

    public Optional<RequestEvent> first(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }

    public List<RequestEvent> all(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The decision that closed the request, if a 作出答复 did. */
    public Optional<RequestEvent> decision() {
        return first(EventKind.DECISION);
    }

    /** 无法提供 because another organ holds it (第三十六条第（五）项): that organ's name, or null. */
    public String otherOrganName() {
        return decision().map(RequestEvent::otherOrganName).orElse(null);
    }

    /** How to reach the organ that holds the information (phone, address), or null. */
    public String otherOrganContact() {
        return decision().map(RequestEvent::otherOrganContact).orElse(null);
    }

    /** The reason the applicant gave for withdrawing (（六）3), or null when not withdrawn. */
    public String withdrawalReason() {
        return first(EventKind.WITHDRAWN).map(RequestEvent::note).orElse(null);
    }

    public Request withEvents(List<RequestEvent> newEvents) {
        return new Request(id, number, intake, result, decidedOn, dueOn, newEvents, undatedResult);
    }

    public Request withOutcome(ResultRow row, LocalDate decided, LocalDate due) {
        return new Request(id, number, intake, row, decided, due, events, decided == null ? undatedResult : null);
    }
}
