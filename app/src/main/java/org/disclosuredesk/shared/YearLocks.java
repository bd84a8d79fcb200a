// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
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

    /** Call inside the transaction that marks the report final. */
    public void lock(int year) {
        repository.lock(year, LocalDateTime.now(clock).withNano(0).toString(), actor.get());
        audit.record("year_lock", (long) year, AuditEntry.Action.LOCK, "年度报告定稿，锁定 " + year + " 年数据");
    }

    /** Call inside the transaction that marks the report as needing re-export. */
    public void unlock(int year, String reason) {
        repository.unlock(year);
        audit.record("year_lock", (long) year, AuditEntry.Action.UNLOCK, "解除 " + year + " 年锁定：" + reason);
    }
}
