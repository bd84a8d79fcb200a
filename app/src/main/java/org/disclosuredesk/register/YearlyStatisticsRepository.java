// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.db.jooq.Tables.YEARLY_STATISTICS;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class YearlyStatisticsRepository {

    /** Read and written as a long: a county's yearly fees can pass 2^31 分 (about 2,147 万元). */
    private static final Field<Long> ADMIN_FEE_FEN = DSL.field(DSL.name("yearly_statistics", "admin_fee_fen"), Long.class);

    private final DSLContext dsl;

    public YearlyStatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<YearlyStatistics> find(int year) {
        return dsl.select(YEARLY_STATISTICS.YEAR, YEARLY_STATISTICS.LICENSING_DECISIONS, YEARLY_STATISTICS.PENALTY_DECISIONS,
                        YEARLY_STATISTICS.COERCION_DECISIONS, ADMIN_FEE_FEN, YEARLY_STATISTICS.SOURCE_NOTE)
                .from(YEARLY_STATISTICS).where(YEARLY_STATISTICS.YEAR.eq(year))
                .fetchOptional(r -> new YearlyStatistics(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), true));
    }

    public void save(YearlyStatistics s, String now) {
        dsl.insertInto(YEARLY_STATISTICS)
                .set(YEARLY_STATISTICS.YEAR, s.year())
                .set(YEARLY_STATISTICS.LICENSING_DECISIONS, s.licensingDecisions())
                .set(YEARLY_STATISTICS.PENALTY_DECISIONS, s.penaltyDecisions())
                .set(YEARLY_STATISTICS.COERCION_DECISIONS, s.coercionDecisions())
                .set(DSL.field(DSL.name("admin_fee_fen"), Long.class), s.adminFeeFen())
                .set(YEARLY_STATISTICS.SOURCE_NOTE, s.sourceNote())
                .set(YEARLY_STATISTICS.UPDATED_AT, now)
                .onConflict(YEARLY_STATISTICS.YEAR).doUpdate()
                .set(YEARLY_STATISTICS.LICENSING_DECISIONS, s.licensingDecisions())
                .set(YEARLY_STATISTICS.PENALTY_DECISIONS, s.penaltyDecisions())
                .set(YEARLY_STATISTICS.COERCION_DECISIONS, s.coercionDecisions())
                .set(DSL.field(DSL.name("admin_fee_fen"), Long.class), s.adminFeeFen())
                .set(YEARLY_STATISTICS.SOURCE_NOTE, s.sourceNote())
                .set(YEARLY_STATISTICS.UPDATED_AT, now)
                .execute();
    }
}
