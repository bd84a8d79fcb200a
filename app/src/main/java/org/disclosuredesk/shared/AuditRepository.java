// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.disclosuredesk.db.jooq.Tables.AUDIT_LOG;

import java.util.List;
import org.jooq.DSLContext;

public final class AuditRepository {

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(AuditEntry e) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, e.at())
                .set(AUDIT_LOG.ACTOR, e.actor())
                .set(AUDIT_LOG.ENTITY, e.entity())
                .set(AUDIT_LOG.ENTITY_ID, e.entityId() == null ? null : e.entityId().intValue())
                .set(AUDIT_LOG.ACTION, e.action().name())
                .set(AUDIT_LOG.FIELD, e.field())
                .set(AUDIT_LOG.OLD_VALUE, e.oldValue())
                .set(AUDIT_LOG.NEW_VALUE, e.newValue())
                .set(AUDIT_LOG.SUMMARY, e.summary())
                .execute();
    }

    public List<AuditEntry> history(String entity, long entityId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq((int) entityId)))
                .orderBy(AUDIT_LOG.ID.desc())
                .fetch(r -> new AuditEntry(r.getAt(), r.getActor(), r.getEntity(),
                        r.getEntityId() == null ? null : r.getEntityId().longValue(),
                        AuditEntry.Action.valueOf(r.getAction()), r.getField(), r.getOldValue(), r.getNewValue(), r.getSummary()));
    }
}
