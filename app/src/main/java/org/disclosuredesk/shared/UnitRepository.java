// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.disclosuredesk.db.jooq.Tables.UNIT;
import static org.disclosuredesk.db.jooq.Tables.UNIT_ALIAS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The units directory tables: {@code unit} and {@code unit_alias}. */
public final class UnitRepository {

    private final DSLContext dsl;

    public UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every unit with its aliases, by name. */
    public List<Unit> findAll() {
        Map<Integer, List<String>> aliases = new LinkedHashMap<>();
        dsl.selectFrom(UNIT_ALIAS).orderBy(UNIT_ALIAS.ID)
                .forEach(r -> aliases.computeIfAbsent(r.getUnitId(), k -> new ArrayList<>()).add(r.getAlias()));
        return dsl.selectFrom(UNIT).orderBy(UNIT.NAME)
                .fetch(r -> new Unit(r.getId(), r.getName(), UnitKind.fromCode(r.getKind()).orElseThrow(), r.getActive() == 1,
                        aliases.getOrDefault(r.getId(), List.of())));
    }

    public long insert(String name, UnitKind kind, String createdAt) {
        return dsl.insertInto(UNIT)
                .set(UNIT.NAME, name)
                .set(UNIT.KIND, kind.code())
                .set(UNIT.ACTIVE, 1)
                .set(UNIT.CREATED_AT, createdAt)
                .returning(UNIT.ID)
                .fetchOne(UNIT.ID);
    }

    public void insertAlias(long unitId, String alias) {
        dsl.insertInto(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, (int) unitId).set(UNIT_ALIAS.ALIAS, alias).execute();
    }

    public void setActive(long unitId, boolean active) {
        dsl.update(UNIT).set(UNIT.ACTIVE, active ? 1 : 0).where(UNIT.ID.eq((int) unitId)).execute();
    }
}
