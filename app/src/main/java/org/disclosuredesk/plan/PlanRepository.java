// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.disclosuredesk.db.jooq.Tables.PLAN;
import static org.disclosuredesk.db.jooq.Tables.PLAN_TASK;
import static org.disclosuredesk.db.jooq.Tables.PLAN_TASK_PROGRESS;
import static org.disclosuredesk.db.jooq.Tables.PLAN_TASK_TARGET;
import static org.disclosuredesk.db.jooq.Tables.PLAN_TASK_UNIT;
import static org.disclosuredesk.db.jooq.Tables.UNIT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosuredesk.db.jooq.tables.PlanTask;
import org.disclosuredesk.db.jooq.tables.records.PlanTaskRecord;
import org.disclosuredesk.shared.Json;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Plans, their items, units, targets and progress notes (tables plan, plan_task, plan_task_*). */
public final class PlanRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertPlan(PlanDraft draft, String title, int year, String importedAt) {
        return dsl.insertInto(PLAN)
                .set(PLAN.TITLE, title)
                .set(PLAN.ISSUER, draft.issuer())
                .set(PLAN.DOC_NUMBER, draft.docNumber())
                .set(PLAN.YEAR, year)
                .set(PLAN.SOURCE_FILE_NAME, draft.sourceFileName())
                .set(PLAN.SOURCE_TEXT, draft.sourceText())
                .set(PLAN.IMPORTED_AT, importedAt)
                .returning(PLAN.ID)
                .fetchOne(PLAN.ID);
    }

    public long insertItem(long planId, Long parentId, int seq, PlanDraft.Item item) {
        long id = dsl.insertInto(PLAN_TASK)
                .set(PLAN_TASK.PLAN_ID, (int) planId)
                .set(PLAN_TASK.PARENT_ID, parentId == null ? null : parentId.intValue())
                .set(PLAN_TASK.SEQ, seq)
                .set(PLAN_TASK.PATH_JSON, json(item.path()))
                .set(PLAN_TASK.TEXT, item.text())
                .set(PLAN_TASK.DEADLINE_PHRASE, item.deadlinePhrase())
                .set(PLAN_TASK.DUE_DATE, item.dueDate() == null ? null : item.dueDate().toString())
                .set(PLAN_TASK.DEADLINE_KIND, item.deadlineKind().name())
                .set(PLAN_TASK.RECURRENCE, item.recurrence() == null ? null : item.recurrence().name())
                .set(PLAN_TASK.STATUS, TaskStatus.NOT_STARTED.code())
                .returning(PLAN_TASK.ID)
                .fetchOne(PLAN_TASK.ID);
        int unitSeq = 0;
        for (PlanDraft.Unit u : item.units()) {
            dsl.insertInto(PLAN_TASK_UNIT)
                    .set(PLAN_TASK_UNIT.TASK_ID, (int) id)
                    .set(PLAN_TASK_UNIT.ROLE, u.role().name())
                    .set(PLAN_TASK_UNIT.NAME_WRITTEN, u.nameWritten())
                    .set(PLAN_TASK_UNIT.UNIT_ID, u.unitId() == null ? null : u.unitId().intValue())
                    .set(PLAN_TASK_UNIT.SEQ, unitSeq++)
                    .execute();
        }
        for (Target t : item.targets()) {
            dsl.insertInto(PLAN_TASK_TARGET)
                    .set(PLAN_TASK_TARGET.TASK_ID, (int) id)
                    .set(PLAN_TASK_TARGET.TEXT, t.text())
                    .set(PLAN_TASK_TARGET.QUANTITY, t.quantity())
                    .set(PLAN_TASK_TARGET.MEASURE, t.measure())
                    .set(PLAN_TASK_TARGET.PERIOD, t.period() == null ? null : t.period().name())
                    .execute();
        }
        return id;
    }

    /** Every plan, newest year first, with counts of its tasks (items that head no other item). */
    public List<PlanSummary> plans() {
        PlanTask child = PLAN_TASK.as("child");
        Condition isTask = DSL.notExists(DSL.selectOne().from(child).where(child.PARENT_ID.eq(PLAN_TASK.ID)));
        var tasks = DSL.count(PLAN_TASK.ID).filterWhere(isTask);
        var done = DSL.count(PLAN_TASK.ID).filterWhere(isTask.and(PLAN_TASK.STATUS.eq(TaskStatus.DONE.code())));
        var notApplicable = DSL.count(PLAN_TASK.ID).filterWhere(isTask.and(PLAN_TASK.STATUS.eq(TaskStatus.NOT_APPLICABLE.code())));
        return dsl.select(PLAN.ID, PLAN.TITLE, PLAN.ISSUER, PLAN.DOC_NUMBER, PLAN.YEAR, PLAN.SOURCE_FILE_NAME, PLAN.IMPORTED_AT,
                        tasks, done, notApplicable)
                .from(PLAN).leftJoin(PLAN_TASK).on(PLAN_TASK.PLAN_ID.eq(PLAN.ID))
                .groupBy(PLAN.ID)
                .orderBy(PLAN.YEAR.desc(), PLAN.ID.desc())
                .fetch(r -> new PlanSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10()));
    }

    public Optional<Integer> planYear(long planId) {
        return dsl.select(PLAN.YEAR).from(PLAN).where(PLAN.ID.eq((int) planId)).fetchOptional(PLAN.YEAR);
    }

    public Optional<String> planTitle(long planId) {
        return dsl.select(PLAN.TITLE).from(PLAN).where(PLAN.ID.eq((int) planId)).fetchOptional(PLAN.TITLE);
    }

    public boolean planExists(String title, int year) {
        return dsl.fetchExists(PLAN, PLAN.TITLE.eq(title).and(PLAN.YEAR.eq(year)));
    }

    /** The items of one plan in document order. */
    public List<TrackedTask> items(long planId) {
        return items(PLAN_TASK.PLAN_ID.eq((int) planId));
    }

    /** The items of every plan of these years (all years when empty). */
    public List<TrackedTask> itemsOfYears(List<Integer> years) {
        return items(years.isEmpty() ? DSL.trueCondition() : PLAN.YEAR.in(years));
    }

    public Optional<TrackedTask> item(long taskId) {
        return items(PLAN_TASK.ID.eq((int) taskId)).stream().findFirst();
    }

    private List<TrackedTask> items(Condition where) {
        var rows = dsl.select(PLAN_TASK.asterisk(), PLAN.TITLE, PLAN.YEAR)
                .from(PLAN_TASK).join(PLAN).on(PLAN.ID.eq(PLAN_TASK.PLAN_ID))
                .where(where)
                .orderBy(PLAN.YEAR.desc(), PLAN.ID, PLAN_TASK.SEQ)
                .fetch();
        Set<Integer> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get(PLAN_TASK.ID)));
        Map<Integer, List<TaskUnit>> units = units(ids);
        Map<Integer, List<Target>> targets = targets(ids);
        Set<Integer> parents = new HashSet<>(dsl.selectDistinct(PLAN_TASK.PARENT_ID).from(PLAN_TASK)
                .where(PLAN_TASK.PARENT_ID.in(ids)).fetch(PLAN_TASK.PARENT_ID));
        List<TrackedTask> out = new ArrayList<>();
        for (var r : rows) {
            PlanTaskRecord t = r.into(PLAN_TASK);
            out.add(new TrackedTask(t.getId(), t.getPlanId(), r.get(PLAN.TITLE), r.get(PLAN.YEAR),
                    t.getParentId() == null ? null : t.getParentId().longValue(), t.getSeq(), strings(t.getPathJson()), t.getText(),
                    parents.contains(t.getId()), t.getDeadlinePhrase(), date(t.getDueDate()), DeadlineKind.valueOf(t.getDeadlineKind()),
                    t.getRecurrence() == null ? null : Recurrence.valueOf(t.getRecurrence()), TaskStatus.fromCode(t.getStatus()).orElseThrow(),
                    date(t.getCompletedOn()), units.getOrDefault(t.getId(), List.of()), targets.getOrDefault(t.getId(), List.of())));
        }
        return out;
    }

    private Map<Integer, List<TaskUnit>> units(Set<Integer> taskIds) {
        Map<Integer, List<TaskUnit>> out = new HashMap<>();
        dsl.select(PLAN_TASK_UNIT.TASK_ID, PLAN_TASK_UNIT.ROLE, PLAN_TASK_UNIT.NAME_WRITTEN, PLAN_TASK_UNIT.UNIT_ID, UNIT.NAME)
                .from(PLAN_TASK_UNIT).leftJoin(UNIT).on(UNIT.ID.eq(PLAN_TASK_UNIT.UNIT_ID))
                .where(PLAN_TASK_UNIT.TASK_ID.in(taskIds))
                .orderBy(PLAN_TASK_UNIT.TASK_ID, PLAN_TASK_UNIT.SEQ, PLAN_TASK_UNIT.ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new TaskUnit(UnitRole.valueOf(r.value2()),
                        r.value3(), r.value4() == null ? null : r.value4().longValue(), r.value5())));
        return out;
    }

    private Map<Integer, List<Target>> targets(Set<Integer> taskIds) {
        Map<Integer, List<Target>> out = new HashMap<>();
        dsl.selectFrom(PLAN_TASK_TARGET).where(PLAN_TASK_TARGET.TASK_ID.in(taskIds)).orderBy(PLAN_TASK_TARGET.ID)
                .forEach(r -> out.computeIfAbsent(r.getTaskId(), k -> new ArrayList<>()).add(new Target(r.getText(),
                        r.getQuantity() == null ? null : new BigDecimal(r.getQuantity().toPlainString()), r.getMeasure(),
                        r.getPeriod() == null ? null : Recurrence.valueOf(r.getPeriod()))));
        return out;
    }

    public void updateStatus(long taskId, TaskStatus status, LocalDate completedOn) {
        dsl.update(PLAN_TASK)
                .set(PLAN_TASK.STATUS, status.code())
                .set(PLAN_TASK.COMPLETED_ON, completedOn == null ? null : completedOn.toString())
                .where(PLAN_TASK.ID.eq((int) taskId))
                .execute();
    }

    public long insertProgress(long taskId, LocalDate notedOn, String note, String evidenceFile, String createdAt) {
        return dsl.insertInto(PLAN_TASK_PROGRESS)
                .set(PLAN_TASK_PROGRESS.TASK_ID, (int) taskId)
                .set(PLAN_TASK_PROGRESS.NOTED_ON, notedOn.toString())
                .set(PLAN_TASK_PROGRESS.NOTE, note)
                .set(PLAN_TASK_PROGRESS.EVIDENCE_FILE, evidenceFile)
                .set(PLAN_TASK_PROGRESS.CREATED_AT, createdAt)
                .returning(PLAN_TASK_PROGRESS.ID)
                .fetchOne(PLAN_TASK_PROGRESS.ID);
    }

    public List<ProgressNote> progress(long taskId) {
        return dsl.selectFrom(PLAN_TASK_PROGRESS).where(PLAN_TASK_PROGRESS.TASK_ID.eq((int) taskId))
                .orderBy(PLAN_TASK_PROGRESS.NOTED_ON.desc(), PLAN_TASK_PROGRESS.ID.desc())
                .fetch(r -> new ProgressNote(r.getId(), r.getTaskId(), LocalDate.parse(r.getNotedOn()), r.getNote(),
                        r.getEvidenceFile(), r.getCreatedAt()));
    }

    public void deletePlan(long planId) {
        dsl.deleteFrom(PLAN).where(PLAN.ID.eq((int) planId)).execute();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String json(List<String> path) {
        try {
            return Json.mapper().writeValueAsString(path);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return Json.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan_task.path_json is not a JSON array: " + json, e);
        }
    }
}
