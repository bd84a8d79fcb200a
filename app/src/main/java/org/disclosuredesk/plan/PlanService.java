// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UnitDirectory;
import org.disclosuredesk.shared.UnitKind;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.StoredDateRange;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.YearLocks;

/**
 * Work plans: reading one (nothing stored), importing the confirmed result in one transaction,
 * tracking each task's status and progress, and the year's summary for the annual report.
 */
public final class PlanService {

    private final PlanRepository repository;
    private final UnitDirectory units;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final YearLocks yearLocks;
    private final Clock clock;
    private final Path dataFolder;
    private final TaskTablePdfWriter pdfWriter;

    /**
     * {@code dataFolder} is the folder of the database file: evidence files are copied under it;
     * {@code pdfWriter} writes the 任务分工表 PDF in the shipped font.
     */
    public PlanService(PlanRepository repository, UnitDirectory units, Transactions transactions, AuditTrail audit,
            YearLocks yearLocks, Clock clock, Path dataFolder, TaskTablePdfWriter pdfWriter) {
        this.pdfWriter = pdfWriter;
        this.repository = repository;
        this.units = units;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.yearLocks = yearLocks;
        this.dataFolder = dataFolder;
    }

    /** Reads a plan file for review; nothing is stored. */
    public PlanDraft read(Path file, Integer year) {
        PlanDraft draft = PlanDraft.of(PlanParser.parse(file, year), units.matcher());
        if (draft.title() == null || draft.title().isBlank()) {
            // A plan copied without its heading: the file's name is the best title until the user types one.
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return draft.withTitle(dot > 0 ? name.substring(0, dot) : name);
        }
        return draft;
    }

    /** Reads pasted text for review; nothing is stored. */
    public PlanDraft readText(String text, Integer year) {
        if (text == null || text.isBlank()) {
            throw new UserError("没有可读取的文字。请先粘贴工作方案全文。");
        }
        return PlanDraft.of(PlanParser.parseText(text, year), units.matcher());
    }

    /** Stores a confirmed plan with all its items, units and targets, or nothing at all. */
    public long importPlan(PlanDraft draft) {
        String title = validate(draft);
        return transactions.inTransaction(() -> {
            yearLocks.requireOpen(draft.year(), "工作方案");
            long planId = repository.insertPlan(draft, title, draft.year(), now());
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < draft.items().size(); i++) {
                PlanDraft.Item item = draft.items().get(i);
                Long parent = item.parent() < 0 ? null : ids.get(item.parent());
                ids.add(repository.insertItem(planId, parent, i, item));
            }
            audit.record("plan", planId, AuditEntry.Action.IMPORT, "导入工作方案《" + title + "》（" + draft.year() + "年，任务 "
                    + draft.taskCount() + " 项" + (draft.sourceFileName() == null ? "" : "，来自 " + draft.sourceFileName()) + "）");
            return planId;
        });
    }

    /**
     * Stores a reviewed plan together with the directory changes chosen in the review (names linked and
     * remembered as aliases, names added as units), all in one transaction: either all or nothing.
     * {@code resolutions} is keyed by the name as written.
     */
    public long importReviewed(PlanDraft draft, Map<String, UnitResolution> resolutions) {
        validate(draft);
        return transactions.inTransaction(() -> {
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            for (Map.Entry<String, UnitResolution> e : resolutions.entrySet()) {
                UnitResolution r = e.getValue();
                if (r.choice() == UnitResolution.Choice.ADD) {
                    ids.put(e.getKey(), units.add(e.getKey(), UnitKind.ORGANISATION, List.of()).id());
                } else {
                    if (r.rememberAlias()) {
                        units.addAlias(r.unitId(), e.getKey());
                    }
                    ids.put(e.getKey(), r.unitId());
                }
            }
            List<PlanDraft.Item> items = new ArrayList<>();
            for (PlanDraft.Item i : draft.items()) {
                List<PlanDraft.Unit> linked = i.units().stream()
                        .map(u -> u.unitId() == null && ids.containsKey(u.nameWritten())
                                ? new PlanDraft.Unit(u.role(), u.nameWritten(), ids.get(u.nameWritten())) : u)
                        .toList();
                items.add(new PlanDraft.Item(i.parent(), i.path(), i.heading(), i.text(), linked, i.deadlinePhrase(), i.dueDate(),
                        i.deadlineKind(), i.recurrence(), i.targets(), i.sourceStart(), i.sourceEnd()));
            }
            return importPlan(new PlanDraft(draft.title(), draft.issuer(), draft.docNumber(), draft.year(), draft.sourceFileName(),
                    draft.sourceText(), items));
        });
    }

    /** A snapshot of the units directory for matching the names of a plan under review. */
    public org.disclosuredesk.shared.UnitMatcher unitMatcher() {
        return units.matcher();
    }

    public List<PlanSummary> plans() {
        return repository.plans();
    }

    /** A plan's headings and tasks in document order. */
    public List<TrackedTask> items(long planId) {
        return repository.items(planId);
    }

    /** The items of every plan of these years (every year when the list is empty). */
    public List<TrackedTask> itemsOfYears(List<Integer> years) {
        return repository.itemsOfYears(years);
    }

    public TrackedTask task(long taskId) {
        return repository.item(taskId).orElseThrow(() -> new UserError("找不到该任务（可能已随方案删除）。"));
    }

    /**
     * Sets a task's status. 已完成 needs the day it was completed (today when not given); any other status
     * clears it. A heading has no status of its own.
     */
    public TrackedTask changeStatus(long taskId, TaskStatus status, LocalDate completedOn) {
        return transactions.inTransaction(() -> {
            TrackedTask before = task(taskId);
            if (before.heading()) {
                throw new UserError("“" + before.label() + "”是标题，其下的任务才有完成情况。");
            }
            yearLocks.requireOpen(before.planYear(), "任务完成情况");
            LocalDate done = status == TaskStatus.DONE ? (completedOn == null ? LocalDate.now(clock) : completedOn) : null;
            StoredDateRange.problem("completedOn", "完成日期", done).ifPresent(p -> {
                throw new ValidationError(List.of(p));
            });
            if (done != null && done.isAfter(LocalDate.now(clock))) {
                throw ValidationError.of("completedOn", "完成日期 " + done + " 晚于今天，请检查。");
            }
            repository.updateStatus(taskId, status, done);
            audit.recordFieldChanges("plan_task", taskId,
                    Map.of("status", before.status().label(), "completed_on", String.valueOf(before.completedOn())),
                    Map.of("status", status.label(), "completed_on", String.valueOf(done)));
            return task(taskId);
        });
    }

    /**
     * Adds a dated progress note; {@code evidence} (may be null) is copied into the data folder next to
     * the database, so the note keeps its proof when the original file is moved or deleted.
     */
    public ProgressNote addProgress(long taskId, LocalDate notedOn, String note, Path evidence) {
        String text = note == null ? "" : note.strip();
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(new ValidationError.Problem("note", "请填写进展情况。"));
        }
        int before = problems.size();
        StoredDateRange.check(problems, "notedOn", "进展日期", notedOn);
        if (notedOn == null) {
            problems.add(new ValidationError.Problem("notedOn", "请填写日期。"));
        } else if (problems.size() == before && notedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new ValidationError.Problem("notedOn", "日期 " + notedOn + " 晚于今天，请检查。"));
        }
        if (evidence != null && !Files.isRegularFile(evidence)) {
            problems.add(new ValidationError.Problem("evidence", "找不到佐证材料文件“" + evidence + "”。"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
        TrackedTask task = task(taskId);
        yearLocks.requireOpen(task.planYear(), "任务进展");
        Path copied = evidence == null ? null : EvidenceFiles.copy(evidence, dataFolder, task.planId(), taskId, notedOn);
        try {
            return transactions.inTransaction(() -> {
                String relative = copied == null ? null : dataFolder.relativize(copied).toString().replace('\\', '/');
                long id = repository.insertProgress(taskId, notedOn, text, relative, now());
                audit.record("plan_task_progress", id, AuditEntry.Action.CREATE, "任务 " + task.label() + " 进展（" + notedOn + "）："
                        + text + (relative == null ? "" : "；佐证材料 " + relative));
                return new ProgressNote(id, taskId, notedOn, text, relative, now());
            });
        } catch (RuntimeException e) {
            EvidenceFiles.deleteQuietly(copied);
            throw e;
        }
    }

    public List<ProgressNote> progress(long taskId) {
        return repository.progress(taskId);
    }

    /** Where a note's evidence file is on this machine. */
    public Path evidenceFile(ProgressNote note) {
        if (note.evidenceFile() == null) {
            throw new UserError("该进展没有佐证材料。");
        }
        return dataFolder.resolve(note.evidenceFile());
    }

    /** Deletes a plan imported by mistake, with its tasks and notes (recorded in the audit trail). */
    public void deletePlan(long planId) {
        transactions.inTransaction(() -> {
            int year = repository.planYear(planId).orElseThrow(() -> new UserError("找不到该工作方案。"));
            yearLocks.requireOpen(year, "工作方案");
            String title = repository.planTitle(planId).orElse("");
            repository.deletePlan(planId);
            audit.record("plan", planId, AuditEntry.Action.DELETE, "删除工作方案《" + title + "》（" + year + "年）");
            return null;
        });
    }

    /** The year's plans in figures, and the done tasks by title, for the annual report's 一、总体情况. */
    public YearSummary yearSummary(int year) {
        List<TrackedTask> items = repository.itemsOfYears(List.of(year));
        int plans = (int) items.stream().map(TrackedTask::planId).distinct().count();
        List<TrackedTask> tasks = PlanTracking.tasksOnly(items);
        int done = count(tasks, TaskStatus.DONE);
        List<String> titles = tasks.stream().filter(t -> t.status() == TaskStatus.DONE).map(TrackedTask::shortTitle).toList();
        return new YearSummary(year, plans, tasks.size(), done, count(tasks, TaskStatus.IN_PROGRESS),
                count(tasks, TaskStatus.NOT_STARTED), count(tasks, TaskStatus.NOT_APPLICABLE), titles);
    }

    /** The 任务分工表 of a plan: 序号, 工作任务, 牵头单位, 责任单位, 完成时限, 完成情况. */
    public TaskTableExport taskTable(long planId) {
        String title = repository.planTitle(planId).orElseThrow(() -> new UserError("找不到该工作方案。"));
        return TaskTableExport.of(title, repository.items(planId));
    }

    /** Writes the 任务分工表 as .xlsx (atomically: a failed export leaves the previous file as it was). */
    public void exportTaskTableXlsx(long planId, Path file) {
        TaskTableXlsxWriter.write(taskTable(planId), file);
        recordExport(planId, file);
    }

    /** Writes the 任务分工表 as a PDF table. */
    public void exportTaskTablePdf(long planId, Path file) {
        pdfWriter.write(taskTable(planId), file);
        recordExport(planId, file);
    }

    /** The 任务分工表's PDF in memory, for 打印 (nothing is written, so nothing is audited). */
    public byte[] taskTablePdf(long planId) {
        return pdfWriter.bytes(taskTable(planId));
    }

    private void recordExport(long planId, Path file) {
        transactions.inTransaction(() -> {
            audit.record("plan", planId, AuditEntry.Action.EXPORT, "导出任务分工表：" + file.getFileName());
            return null;
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static int count(List<TrackedTask> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(t -> t.status() == status).count();
    }

    /** Checks a draft before anything is written; names the item and field of every problem. */
    private static String validate(PlanDraft draft) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            problems.add(new ValidationError.Problem("title", "请填写方案标题。"));
        } else if (title.length() > 200) {
            problems.add(new ValidationError.Problem("title", "方案标题超过 200 字，请检查是否把正文当成了标题。"));
        }
        if (draft.year() == null) {
            problems.add(new ValidationError.Problem("year", "请填写方案年度（方案中没有写明年度）。"));
        } else if (draft.year() < 2000 || draft.year() > 2100) {
            problems.add(new ValidationError.Problem("year", "方案年度应在 2000 到 2100 之间：" + draft.year()));
        }
        if (draft.taskCount() == 0) {
            problems.add(new ValidationError.Problem("items", "没有读到任何任务。请确认文件是工作方案，或改用粘贴导入后检查编号。"));
        }
        for (int i = 0; i < draft.items().size(); i++) {
            PlanDraft.Item item = draft.items().get(i);
            String where = "第 " + (i + 1) + " 项（" + String.join(" ", item.path()) + "）";
            if (item.parent() >= i) {
                problems.add(new ValidationError.Problem("items", where + "的上级项目不在它之前。"));
            }
            if (!item.heading() && (item.text() == null || item.text().isBlank())) {
                problems.add(new ValidationError.Problem("items", where + "：任务内容为空。"));
            }
            StoredDateRange.problem("items", where + "的完成时限", item.dueDate()).ifPresent(problems::add);
            for (PlanDraft.Unit u : item.units()) {
                if (u.nameWritten() == null || u.nameWritten().isBlank()) {
                    problems.add(new ValidationError.Problem("items", where + "：有一个单位名称为空。"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
        return title;
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
