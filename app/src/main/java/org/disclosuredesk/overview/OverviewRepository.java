// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.overview;

import static org.disclosuredesk.db.jooq.Tables.DOCUMENT;
import static org.disclosuredesk.db.jooq.Tables.PLAN_TASK;
import static org.disclosuredesk.db.jooq.Tables.REQUEST;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/** Counts for the overview, straight from the ledgers (request.due_on is kept by the request log). */
public final class OverviewRepository {

    /**
     * The {@code plan_task.status} codes of a task still to be done (plan.TaskStatus#isOpen; the overview does not
     * depend on the plan feature, and StoredCodesTest holds the schema's list equal to TaskStatus's codes).
     */
    private static final List<String> OPEN_TASK = List.of("NOT_STARTED", "IN_PROGRESS");

    private final DSLContext dsl;

    public OverviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int openRequests() {
        return dsl.fetchCount(REQUEST, REQUEST.DECIDED_ON.isNull());
    }

    public int openRequestsDueBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return dsl.fetchCount(REQUEST, REQUEST.DECIDED_ON.isNull()
                .and(REQUEST.DUE_ON.between(fromInclusive.toString(), toInclusive.toString())));
    }

    public int overdueRequests(LocalDate today) {
        return dsl.fetchCount(REQUEST, REQUEST.DECIDED_ON.isNull().and(REQUEST.DUE_ON.lt(today.toString())));
    }

    public List<OverviewFigures.DueItem> openRequestsDueBy(LocalDate lastDay, LocalDate today, int limit) {
        return dsl.select(REQUEST.ID, REQUEST.REG_NUMBER, REQUEST.APPLICANT_NAME, REQUEST.CONTENT, REQUEST.DUE_ON)
                .from(REQUEST)
                .where(REQUEST.DECIDED_ON.isNull().and(REQUEST.DUE_ON.le(lastDay.toString())))
                .orderBy(REQUEST.DUE_ON)
                .limit(limit)
                .fetch(r -> {
                    LocalDate due = LocalDate.parse(r.value5());
                    return new OverviewFigures.DueItem(r.value1(), r.value2(), r.value3() + "：" + r.value4(), due, due.isBefore(today));
                });
    }

    public int openTasksDueBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return dsl.fetchCount(PLAN_TASK, PLAN_TASK.STATUS.in(OPEN_TASK)
                .and(PLAN_TASK.DUE_DATE.between(fromInclusive.toString(), toInclusive.toString())));
    }

    public int overdueTasks(LocalDate today) {
        return dsl.fetchCount(PLAN_TASK, PLAN_TASK.STATUS.in(OPEN_TASK).and(PLAN_TASK.DUE_DATE.lt(today.toString())));
    }

    public List<OverviewFigures.DueItem> openTasksDueBy(LocalDate lastDay, LocalDate today, int limit) {
        return dsl.select(PLAN_TASK.ID, PLAN_TASK.PATH_JSON, PLAN_TASK.TEXT, PLAN_TASK.DUE_DATE)
                .from(PLAN_TASK)
                .where(PLAN_TASK.STATUS.in(OPEN_TASK).and(PLAN_TASK.DUE_DATE.le(lastDay.toString())))
                .orderBy(PLAN_TASK.DUE_DATE)
                .limit(limit)
                .fetch(r -> {
                    LocalDate due = LocalDate.parse(r.value4());
                    String path = r.value2().replaceAll("[\\[\\]\"]", "").replace(",", " ");
                    return new OverviewFigures.DueItem(r.value1(), path, r.value3(), due, due.isBefore(today));
                });
    }

    public int documentsWrittenIn(int year) {
        return dsl.fetchCount(DOCUMENT, DOCUMENT.WRITTEN_ON.between(year + "-01-01", year + "-12-31"));
    }
}
