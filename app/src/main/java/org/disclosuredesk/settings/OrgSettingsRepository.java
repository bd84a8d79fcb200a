// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings;

import static org.disclosuredesk.db.jooq.Tables.APP_SETTING;
import static org.disclosuredesk.db.jooq.Tables.ORG_SETTINGS;

import java.util.Optional;
import org.disclosuredesk.db.jooq.tables.records.OrgSettingsRecord;
import org.jooq.DSLContext;

public final class OrgSettingsRepository {

    private final DSLContext dsl;

    public OrgSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<OrgSettings> find() {
        return dsl.selectFrom(ORG_SETTINGS).where(ORG_SETTINGS.ID.eq(1)).fetchOptional().map(r -> new OrgSettings(
                r.getOfficeName(), r.getOrganName(), r.getSignatory(), r.getRequestNumberPrefix(),
                r.getDueSoonWorkingDays(), r.getInterpretationWorkingDays(), r.getIndexNumberPattern(),
                r.getOperatorName()));
    }

    public void save(OrgSettings s, String now) {
        OrgSettingsRecord r = dsl.newRecord(ORG_SETTINGS);
        r.setId(1);
        r.setOfficeName(s.officeName());
        r.setOrganName(s.organName());
        r.setSignatory(s.signatory());
        r.setRequestNumberPrefix(s.requestNumberPrefix());
        r.setDueSoonWorkingDays(s.dueSoonWorkingDays());
        r.setInterpretationWorkingDays(s.interpretationWorkingDays());
        r.setIndexNumberPattern(s.indexNumberPattern());
        r.setOperatorName(s.operatorName());
        r.setUpdatedAt(now);
        dsl.insertInto(ORG_SETTINGS).set(r).onDuplicateKeyUpdate().set(r).execute();
    }

    public Optional<String> value(String key) {
        return dsl.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.KEY.eq(key)).fetchOptional(APP_SETTING.VALUE);
    }

    public void putValue(String key, String value, String now) {
        dsl.insertInto(APP_SETTING).set(APP_SETTING.KEY, key).set(APP_SETTING.VALUE, value).set(APP_SETTING.UPDATED_AT, now)
                .onConflict(APP_SETTING.KEY).doUpdate().set(APP_SETTING.VALUE, value).set(APP_SETTING.UPDATED_AT, now)
                .execute();
    }
}
