// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

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
}
