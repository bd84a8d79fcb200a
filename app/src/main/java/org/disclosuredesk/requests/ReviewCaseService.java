// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.StoredDateRange;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.YearLocks;

/** 行政复议 and 行政诉讼 cases linked to requests (table 四 of the annual report). */
// [impl->req~review.cases~1]
public final class ReviewCaseService {

    private static final String ENTITY = "review_case";

    private final ReviewCaseRepository repository;
    private final RequestRepository requests;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final YearLocks yearLocks;
    private final Clock clock;

    public ReviewCaseService(ReviewCaseRepository repository, RequestRepository requests, Transactions transactions,
            AuditTrail audit, YearLocks yearLocks, Clock clock) {
        this.repository = repository;
        this.requests = requests;
        this.transactions = transactions;
        this.audit = audit;
        this.yearLocks = yearLocks;
        this.clock = clock;
    }

    public List<ReviewCase> forRequest(long requestId) {
        return repository.forRequest(requestId);
    }

    /** Cases that table 四 of {@code year} counts: filed by its end and not closed before it began. */
    public List<ReviewCase> activeIn(int year) {
        return repository.activeIn(year);
    }

    /** Adds a case (id null) or updates one; a case with a result needs its closing date, and vice versa. */
    public ReviewCase save(ReviewCase c) {
        validate(c);
        ReviewCase before = c.id() == null ? null : repository.find(c.id())
                .orElseThrow(() -> new UserError("该复议/诉讼案件已不存在，请刷新。"));
        if (before == null || !before.filedOn().equals(c.filedOn()) || before.kind() != c.kind()) {
            yearLocks.requireOpen(c.filedOn().getYear(), "复议/诉讼案件");
            if (before != null) {
                yearLocks.requireOpen(before.filedOn().getYear(), "复议/诉讼案件");
            }
        }
        if (c.closedOn() != null && (before == null || before.result() != c.result() || !c.closedOn().equals(before.closedOn()))) {
            yearLocks.requireOpen(c.closedOn().getYear(), "复议/诉讼案件的结果");
        }
        return transactions.inTransaction(() -> {
            String now = LocalDateTime.now(clock).withNano(0).toString();
            if (before == null) {
                long id = repository.insert(c, now);
                audit.record(ENTITY, id, AuditEntry.Action.CREATE, "登记" + c.kind().label() + "案件，" + c.filedOn() + " 立案");
                return repository.find(id).orElseThrow();
            }
            repository.update(c, now);
            audit.recordFieldChanges(ENTITY, c.id(), fields(before), fields(c));
            return repository.find(c.id()).orElseThrow();
        });
    }

    private void validate(ReviewCase c) {
        List<ValidationError.Problem> problems = problems(c);
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }

    /**
     * What {@link #save} would refuse, without saving: the form shows it beside its own typing mistakes in one
     * round (a date it could not read is left empty and keeps the form's message).
     */
    public List<ValidationError.Problem> problems(ReviewCase c) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (c.kind() == null) {
            problems.add(new ValidationError.Problem("kind", "请选择案件类型：行政复议、未经复议直接起诉或复议后起诉。"));
        }
        if (c.filedOn() == null) {
            problems.add(new ValidationError.Problem("filedOn", "请填写立案（申请复议、起诉）日期。"));
        } else if (c.filedOn().isAfter(today)) {
            problems.add(new ValidationError.Problem("filedOn", "立案日期（" + c.filedOn() + "）不能晚于今天。"));
        }
        StoredDateRange.check(problems, "filedOn", "立案日期", c.filedOn(), "closedOn", "审结日期", c.closedOn());
        ReviewResult result = c.result() == null ? ReviewResult.PENDING : c.result();
        if (result == ReviewResult.PENDING && c.closedOn() != null) {
            problems.add(new ValidationError.Problem("result", "已填写审结日期，请选择审结结果（结果维持、结果纠正或其他结果）。"));
        }
        if (result != ReviewResult.PENDING && c.closedOn() == null) {
            problems.add(new ValidationError.Problem("closedOn", "已选择审结结果，请填写审结日期。"));
        }
        if (c.closedOn() != null && c.filedOn() != null && c.closedOn().isBefore(c.filedOn())) {
            problems.add(new ValidationError.Problem("closedOn", "审结日期（" + c.closedOn() + "）不能早于立案日期（" + c.filedOn() + "）。"));
        }
        if (c.closedOn() != null && c.closedOn().isAfter(today)) {
            problems.add(new ValidationError.Problem("closedOn", "审结日期（" + c.closedOn() + "）不能晚于今天。"));
        }
        if (c.requestId() != null && c.filedOn() != null) {
            requests.find(c.requestId()).filter(r -> c.filedOn().isBefore(r.receivedOn())).ifPresent(r -> problems.add(
                    new ValidationError.Problem("filedOn", "立案日期不能早于所涉申请的收到日期（" + r.receivedOn() + "）。")));
        }
        if (c.result() == null) {
            problems.add(new ValidationError.Problem("result", "请选择结果；尚未审结的选“尚未审结”。"));
        }
        return problems;
    }

    private static Map<String, Object> fields(ReviewCase c) {
        return Map.of("kind", c.kind().label(), "case_number", String.valueOf(c.caseNumber()), "filed_on", c.filedOn(),
                "result", c.result().label(), "closed_on", String.valueOf(c.closedOn()), "note", String.valueOf(c.note()));
    }
}
