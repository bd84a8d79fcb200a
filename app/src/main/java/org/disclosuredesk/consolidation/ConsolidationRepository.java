// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import static org.disclosuredesk.db.jooq.Tables.COUNTY_OFFICE;
import static org.disclosuredesk.db.jooq.Tables.COUNTY_PACKAGE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.db.jooq.tables.records.CountyPackageRecord;
import org.jooq.DSLContext;

/** The county's list of reporting offices and the packages received, by year. */
public final class ConsolidationRepository {

    private final DSLContext dsl;

    public ConsolidationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ReportingOffice> offices() {
        return dsl.selectFrom(COUNTY_OFFICE).orderBy(COUNTY_OFFICE.SORT_ORDER, COUNTY_OFFICE.ID).fetch(r ->
                new ReportingOffice(r.getId(), r.getName(), OfficeKind.valueOf(r.getKind())));
    }

    public Optional<ReportingOffice> office(String name) {
        return dsl.selectFrom(COUNTY_OFFICE).where(COUNTY_OFFICE.NAME.eq(name)).fetchOptional(r ->
                new ReportingOffice(r.getId(), r.getName(), OfficeKind.valueOf(r.getKind())));
    }

    public long addOffice(String name, OfficeKind kind, String now) {
        Integer last = dsl.select(org.jooq.impl.DSL.max(COUNTY_OFFICE.SORT_ORDER)).from(COUNTY_OFFICE).fetchOne(0, Integer.class);
        return dsl.insertInto(COUNTY_OFFICE)
                .set(COUNTY_OFFICE.NAME, name)
                .set(COUNTY_OFFICE.KIND, kind.name())
                .set(COUNTY_OFFICE.SORT_ORDER, last == null ? 1 : last + 1)
                .set(COUNTY_OFFICE.CREATED_AT, now)
                .returning(COUNTY_OFFICE.ID).fetchOne().getId();
    }

    public boolean removeOffice(String name) {
        return dsl.deleteFrom(COUNTY_OFFICE).where(COUNTY_OFFICE.NAME.eq(name)).execute() > 0;
    }

    public List<StoredPackage> packages(int year) {
        return dsl.selectFrom(COUNTY_PACKAGE).where(COUNTY_PACKAGE.YEAR.eq(year))
                .orderBy(COUNTY_PACKAGE.ORGAN_NAME, COUNTY_PACKAGE.ID)
                .fetch(ConsolidationRepository::stored);
    }

    public boolean exists(int year, String organ, String sha256) {
        return dsl.fetchExists(COUNTY_PACKAGE, COUNTY_PACKAGE.YEAR.eq(year).and(COUNTY_PACKAGE.ORGAN_NAME.eq(organ))
                .and(COUNTY_PACKAGE.SHA256.eq(sha256)));
    }

    public boolean anyChosen(int year, String organ) {
        return dsl.fetchExists(COUNTY_PACKAGE, COUNTY_PACKAGE.YEAR.eq(year).and(COUNTY_PACKAGE.ORGAN_NAME.eq(organ))
                .and(COUNTY_PACKAGE.CHOSEN.eq(1)));
    }

    public long insert(ExchangePackage p, byte[] json, String sha256, String fileName, String now, boolean chosen) {
        return dsl.insertInto(COUNTY_PACKAGE)
                .set(COUNTY_PACKAGE.YEAR, p.year())
                .set(COUNTY_PACKAGE.ORGAN_NAME, p.organName())
                .set(COUNTY_PACKAGE.SHA256, sha256)
                .set(COUNTY_PACKAGE.REPORT_STATE, p.state().name())
                .set(COUNTY_PACKAGE.CONTENT_JSON, new String(json, StandardCharsets.UTF_8))
                .set(COUNTY_PACKAGE.FILE_NAME, fileName)
                .set(COUNTY_PACKAGE.RECEIVED_AT, now)
                .set(COUNTY_PACKAGE.CHOSEN, chosen ? 1 : 0)
                .returning(COUNTY_PACKAGE.ID).fetchOne().getId();
    }

    public Optional<StoredPackage> find(long packageId) {
        return dsl.selectFrom(COUNTY_PACKAGE).where(COUNTY_PACKAGE.ID.eq(Math.toIntExact(packageId)))
                .fetchOptional(ConsolidationRepository::stored);
    }

    /** Makes {@code packageId} the one that counts for its office and year, and no other. */
    public void choose(int year, String organ, long packageId) {
        dsl.update(COUNTY_PACKAGE).set(COUNTY_PACKAGE.CHOSEN, org.jooq.impl.DSL.when(COUNTY_PACKAGE.ID.eq(Math.toIntExact(packageId)), 1).otherwise(0))
                .where(COUNTY_PACKAGE.YEAR.eq(year).and(COUNTY_PACKAGE.ORGAN_NAME.eq(organ))).execute();
    }

    private static StoredPackage stored(CountyPackageRecord r) {
        return new StoredPackage(r.getId(), r.getFileName(), r.getReceivedAt(), r.getSha256(), r.getChosen() == 1,
                PackageFormat.parse(r.getContentJson().getBytes(StandardCharsets.UTF_8)));
    }
}
