// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.disclosuredesk.db.jooq.Tables.FINAL_EXPORT;
import static org.disclosuredesk.db.jooq.Tables.YEAR_LOCK;

import java.util.List;
import org.jooq.DSLContext;

public final class YearLockRepository {

    private final DSLContext dsl;

    public YearLockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean isLocked(int year) {
        return dsl.fetchExists(YEAR_LOCK, YEAR_LOCK.YEAR.eq(year));
    }

    public void lock(int year, String at, String by) {
        dsl.insertInto(YEAR_LOCK).set(YEAR_LOCK.YEAR, year).set(YEAR_LOCK.LOCKED_AT, at).set(YEAR_LOCK.LOCKED_BY, by)
                .onConflictDoNothing().execute();
    }

    public void unlock(int year) {
        dsl.deleteFrom(YEAR_LOCK).where(YEAR_LOCK.YEAR.eq(year)).execute();
    }

    public List<Integer> lockedYears() {
        return dsl.select(YEAR_LOCK.YEAR).from(YEAR_LOCK).orderBy(YEAR_LOCK.YEAR).fetch(YEAR_LOCK.YEAR);
    }

    /** Replaces the year's final-export record: a re-export after an unlock starts a fresh, locked record. */
    public void saveFinalExport(FinalExport e) {
        dsl.insertInto(FINAL_EXPORT)
                .set(FINAL_EXPORT.YEAR, e.year()).set(FINAL_EXPORT.EXPORTED_AT, e.exportedAt())
                .set(FINAL_EXPORT.EXPORTED_BY, e.exportedBy()).set(FINAL_EXPORT.FILE_NAME, e.fileName())
                .set(FINAL_EXPORT.SHA256, e.sha256())
                .onConflict(FINAL_EXPORT.YEAR).doUpdate()
                .set(FINAL_EXPORT.EXPORTED_AT, e.exportedAt()).set(FINAL_EXPORT.EXPORTED_BY, e.exportedBy())
                .set(FINAL_EXPORT.FILE_NAME, e.fileName()).set(FINAL_EXPORT.SHA256, e.sha256())
                .setNull(FINAL_EXPORT.UNLOCKED_AT).setNull(FINAL_EXPORT.UNLOCKED_BY).setNull(FINAL_EXPORT.UNLOCK_REASON)
                .execute();
    }

    public void markUnlocked(int year, String at, String by, String reason) {
        dsl.update(FINAL_EXPORT).set(FINAL_EXPORT.UNLOCKED_AT, at).set(FINAL_EXPORT.UNLOCKED_BY, by)
                .set(FINAL_EXPORT.UNLOCK_REASON, reason).where(FINAL_EXPORT.YEAR.eq(year)).execute();
    }

    public List<FinalExport> finalExports() {
        return dsl.selectFrom(FINAL_EXPORT).orderBy(FINAL_EXPORT.YEAR).fetch(r -> new FinalExport(r.getYear(),
                r.getExportedAt(), r.getExportedBy(), r.getFileName(), r.getSha256(), r.getUnlockedAt(), r.getUnlockedBy(),
                r.getUnlockReason()));
    }

    /** Final exports neither locked nor unlocked in the app: their year_lock row was removed behind its back. */
    public List<FinalExport> finalExportsWithoutLock() {
        return finalExports().stream()
                .filter(e -> !e.unlocked() && !isLocked(e.year()))
                .collect(java.util.stream.Collectors.toList());
    }
}
