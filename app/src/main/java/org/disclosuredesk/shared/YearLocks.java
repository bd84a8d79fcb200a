// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Once year N's annual report is exported as final, year N's records are frozen: services call
 * {@link #requireOpen} before a change, and only an explicit, audited unlock reopens the year.
 */
public final class YearLocks {

    private final YearLockRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final Supplier<String> actor;

    public YearLocks(YearLockRepository repository, AuditTrail audit, Clock clock, Supplier<String> actor) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    public boolean isLocked(int year) {
        return repository.isLocked(year);
    }

    public List<Integer> lockedYears() {
        return repository.lockedYears();
    }

    /** Refuses a change to a record of a locked year, naming the year and how to reopen it. */
    public void requireOpen(int year, String what) {
        if (repository.isLocked(year)) {
            throw new UserError(year + "年度报告已定稿导出，该年度数据已锁定，不能修改" + what + "。"
                    + "如确需修改，请在“年度报告”中解除 " + year + " 年锁定（将记入操作记录，报告需重新导出）。");
        }
    }

    /**
     * Refuses a change whose effect lands in a locked year (issue 14, item 4): {@code before} and {@code after}
     * give what a record contributes to year y's report (null: nothing); a locked year whose contribution
     * differs is refused, whatever year the record itself is dated in — a 2024 request decided in 2025
     * moves 2025's 上年结转, a 2024 document abolished in 2025 moves 2025's 本年废止.
     */
    public void requireUnchangedInLockedYears(IntFunction<Object> before, IntFunction<Object> after, String what) {
        requireUnchangedIn(lockedYears(), before, after, what);
    }

    /** As above with the locked years read once, for a check run on many rows. */
    public void requireUnchangedIn(List<Integer> lockedYears, IntFunction<Object> before, IntFunction<Object> after, String what) {
        for (int year : lockedYears) {
            if (!Objects.equals(before.apply(year), after.apply(year))) {
                requireOpen(year, what + "（该改动会影响 " + year + " 年度报告的数字）");
            }
        }
    }

    /** Call inside the transaction that marks the report final. */
    public void lock(int year) {
        repository.lock(year, now(), actor.get());
        audit.record("year_lock", (long) year, AuditEntry.Action.LOCK, "年度报告定稿，锁定 " + year + " 年数据");
    }

    /**
     * Call inside the transaction that marks the report final: locks the year and keeps the record of the
     * published file with its SHA-256, which outlives the lock (issue 14, item 5).
     */
    public void recordFinalExport(int year, String fileName, String sha256) {
        if (!isLocked(year)) {
            lock(year);
        }
        repository.saveFinalExport(new FinalExport(year, now(), actor.get(), fileName, sha256, null, null, null));
    }

    /** Call inside the transaction that marks the report as needing re-export: audited with who and why. */
    public void unlock(int year, String reason) {
        String who = actor.get();
        repository.unlock(year);
        repository.markUnlocked(year, now(), who, reason);
        audit.record("year_lock", (long) year, AuditEntry.Action.UNLOCK, who + " 解除 " + year + " 年锁定：" + reason);
    }

    /** Every year's final-export record, unlocked ones included. */
    public List<FinalExport> finalExports() {
        return repository.finalExports();
    }

    /**
     * Problems {@code check} reports: a final export whose year is no longer locked although nobody unlocked
     * it in the app — the year_lock row was deleted with an SQL tool, or lost some other way.
     */
    public List<String> lockProblems() {
        return lockProblems(repository);
    }

    /** The same for any database's repository (the {@code check} command's report). */
    public static List<String> lockProblems(YearLockRepository repository) {
        return repository.finalExportsWithoutLock().stream()
                .map(e -> e.year() + " 年度报告已于 " + e.exportedAt() + " 定稿导出（" + (e.fileName().isEmpty() ? "文件名未记录" : e.fileName())
                        + (e.sha256() == null ? "" : "，SHA-256 " + e.sha256()) + "），但该年的锁定记录缺失，"
                        + "而操作记录中没有解除锁定：锁定可能被数据库工具删除")
                .collect(java.util.stream.Collectors.toList());
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
