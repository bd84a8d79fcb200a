// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.disclosuredesk.plan.Completion;
import org.disclosuredesk.plan.PlanService;
import org.disclosuredesk.plan.PlanTracking;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.YearFacts;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/**
 * 「导出上报数据」: any office's year as a 年报数据包 for the county. Built from the same report the office
 * exports (tables as computed now, its written sections) and its plan progress — never from the
 * request log itself, so no applicant's name, number or request text can travel.
 */
public final class PackageExporter {

    private final ReportService reports;
    private final PlanService plans;
    private final SettingsService settings;
    private final Clock clock;

    public PackageExporter(ReportService reports, PlanService plans, SettingsService settings, Clock clock) {
        this.reports = reports;
        this.plans = plans;
        this.settings = settings;
        this.clock = clock;
    }

    public ExchangePackage build(int year) {
        Report report = reports.build(year);
        boolean isFinal = report.state().finalExportedAt() != null && !report.state().needsReexport();
        return new ExchangePackage(PackageFormat.SCHEMA_VERSION, appVersion(), LocalDateTime.now(clock).withNano(0).toString(),
                report.organName(), settings.creditCode().orElse(null), year,
                isFinal ? ReportState.FINAL : ReportState.DRAFT, isFinal ? report.state().finalExportedAt() : null,
                report.tables(), planProgress(plans.itemsOfYears(List.of(year))), report.narrative(), figures(reports.facts(year)));
    }

    /** Writes the year's package into {@code target} (atomically), or into a folder under its usual name. */
    public Path write(int year, Path target) {
        ExchangePackage p = build(year);
        Path file = Files.isDirectory(target) ? target.resolve(fileName(p)) : target;
        byte[] zip = PackageFormat.zip(p);
        AtomicFileWriter.write(file, out -> out.write(zip));
        return file;
    }

    /** The file name offices send: 「<机关>-<年度>-上报.zip」. */
    public static String fileName(ExchangePackage p) {
        return p.organName().replaceAll("[\\\\/:*?\"<>|\\s]", "") + "-" + p.year() + "-上报.zip";
    }

    static PlanProgress planProgress(List<TrackedTask> items) {
        Completion all = Completion.of(PlanTracking.tasksOnly(items));
        List<UnitProgress> units = PlanTracking.byUnit(items).stream()
                .map(g -> new UnitProgress(g.unit(), g.completion().applicable(), g.completion().done())).toList();
        return new PlanProgress(all.applicable(), all.done(), units);
    }

    private static ExchangePackage.YearFigures figures(YearFacts facts) {
        return new ExchangePackage.YearFigures(facts.documentsPublished(), facts.interpretationsPublished(), facts.answeredLate());
    }

    static String appVersion() {
        String v = PackageExporter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
