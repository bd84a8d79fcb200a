// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.disclosuredesk.backup.BackupService;
import org.disclosuredesk.backup.DatabaseHealth;
import org.disclosuredesk.backup.ui.BackupContext;
import org.disclosuredesk.calendar.CalendarRepository;
import org.disclosuredesk.calendar.CalendarService;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.consolidation.ConsolidationRepository;
import org.disclosuredesk.consolidation.ConsolidationService;
import org.disclosuredesk.consolidation.CountyExports;
import org.disclosuredesk.consolidation.PackageExporter;
import org.disclosuredesk.consolidation.ui.ConsolidationContext;
import org.disclosuredesk.calendar.ui.CalendarContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.overview.OverviewRepository;
import org.disclosuredesk.overview.OverviewService;
import org.disclosuredesk.overview.ui.OverviewContext;
import org.disclosuredesk.plan.PlanRepository;
import org.disclosuredesk.plan.PlanService;
import org.disclosuredesk.plan.TaskTablePdfWriter;
import org.disclosuredesk.plan.ui.PlanContext;
import org.disclosuredesk.register.AttachmentStore;
import org.disclosuredesk.register.RegisterRepository;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.register.YearlyStatisticsRepository;
import org.disclosuredesk.register.YearlyStatisticsService;
import org.disclosuredesk.register.transfer.RegisterExporter;
import org.disclosuredesk.register.transfer.RegisterImporter;
import org.disclosuredesk.register.ui.RegisterContext;
import org.disclosuredesk.requests.DocumentLinkRepository;
import org.disclosuredesk.requests.DocumentLinkService;
import org.disclosuredesk.requests.RequestItemRepository;
import org.disclosuredesk.requests.RequestItemService;
import org.disclosuredesk.requests.RequestRepository;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.requests.ReviewCaseRepository;
import org.disclosuredesk.requests.ReviewCaseService;
import org.disclosuredesk.requests.notices.NoticeFiles;
import org.disclosuredesk.requests.notices.NoticeRepository;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.requests.transfer.RequestTransfer;
import org.disclosuredesk.requests.ui.RequestsContext;
import org.disclosuredesk.report.ReportDraftRepository;
import org.disclosuredesk.report.ReportFactsRepository;
import org.disclosuredesk.report.ReportRepository;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.bench.ReportBenchmark;
import org.disclosuredesk.report.bench.ReportSampleLedger;
import org.disclosuredesk.report.bench.ReportSampleLedgerRepository;
import org.disclosuredesk.report.export.NoticeDocxWriter;
import org.disclosuredesk.report.export.NoticeFileWriter;
import org.disclosuredesk.report.export.NoticePdfWriter;
import org.disclosuredesk.report.export.ReportDocxWriter;
import org.disclosuredesk.report.export.ReportExporter;
import org.disclosuredesk.report.export.ReportFonts;
import org.disclosuredesk.report.export.ReportPdfWriter;
import org.disclosuredesk.report.ui.ReportContext;
import org.disclosuredesk.settings.OrgSettingsRepository;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.settings.ui.SettingsContext;
import org.disclosuredesk.shared.AuditRepository;
import org.disclosuredesk.shared.ArchitectureException;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.ShippedFonts;
import org.disclosuredesk.shared.UnitDirectory;
import org.disclosuredesk.shared.UnitRepository;
import org.disclosuredesk.shared.YearLockRepository;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.YearLocks;
import org.disclosuredesk.ui.kit.FileOpener;
import org.disclosuredesk.ui.kit.SystemOpener;

/**
 * The app's object graph, wired once at start-up by constructor injection: the window and the
 * command line use the same services on the same database. No static singletons anywhere.
 * It is the one composition root: it also builds each feature's small context (its services and the
 * executor) that the feature's screens receive, so no screen can reach a service it does not use.
 */
@ArchitectureException("the composition root wires every feature, so it names the ui contexts the screens receive "
        + "(docs/decisions/0007-feature-contexts-and-ui-kit.md)")
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final YearLocks yearLocks;
    private final CalendarService calendar;
    private final CalendarSource calendarSource;
    private final OverviewService overview;
    private final BackupService backups;
    private final DatabaseHealth health;
    private final UnitDirectory units;
    private final PlanService plans;
    private final YearlyStatisticsService yearlyStatistics;
    private final RegisterService register;
    private final RegisterImporter registerImporter;
    private final RegisterExporter registerExporter;
    private final RequestService requests;
    private final RequestItemService requestItems;
    private final ReviewCaseService reviewCases;
    private final DocumentLinkService documentLinks;
    private final RequestTransfer requestTransfer;
    private final NoticeService notices;
    private final NoticeFiles noticeFiles;
    private final ReportService report;
    private final ReportExporter reportExporter;
    private final ReportPdfWriter reportPdfWriter;
    private final PackageExporter packageExporter;
    private final ConsolidationService consolidation;
    private final CountyExports countyExports;
    private final FileOpener opener = new SystemOpener();

    public AppContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        OrgSettingsRepository settingsRepository = new OrgSettingsRepository(database.dsl());
        Supplier<String> actor = () -> settingsRepository.find()
                .map(s -> s.operatorName())
                .filter(name -> name != null && !name.isBlank())
                .orElse(System.getProperty("user.name", "unknown"));
        this.audit = new AuditTrail(new AuditRepository(database.dsl()), clock, actor);
        this.settings = new SettingsService(settingsRepository, database, audit, clock);
        this.yearLocks = new YearLocks(new YearLockRepository(database.dsl()), audit, clock, actor);
        this.calendar = new CalendarService(new CalendarRepository(database.dsl()), database, audit, clock);
        this.calendarSource = calendar;
        this.overview = new OverviewService(new OverviewRepository(database.dsl()), calendarSource, settings, clock,
                year -> requests().lateReplies(year).size());
        this.backups = new BackupService(database, audit, clock);
        this.health = new DatabaseHealth(clock);
        this.units = new UnitDirectory(new UnitRepository(database.dsl()), database, audit, clock);
        this.plans = new PlanService(new PlanRepository(database.dsl()), units, database, audit, yearLocks, clock,
                database.file().getParent(), new TaskTablePdfWriter(ShippedFonts.PDF_BODY::bytes));
        this.yearlyStatistics = new YearlyStatisticsService(new YearlyStatisticsRepository(database.dsl()), database, audit,
                yearLocks, clock);
        this.register = new RegisterService(new RegisterRepository(database.dsl()), yearlyStatistics,
                new AttachmentStore(database.file().getParent()), database, calendarSource, settings, audit, yearLocks, clock);
        calendar.addListener(register);
        this.registerImporter = new RegisterImporter(register, settings);
        this.registerExporter = new RegisterExporter(register);
        RequestRepository requestRepository = new RequestRepository(database.dsl());
        ReviewCaseRepository reviewCaseRepository = new ReviewCaseRepository(database.dsl());
        this.requests = new RequestService(requestRepository, reviewCaseRepository, database, calendarSource, settings, audit,
                yearLocks, clock);
        calendar.addListener(requests);
        this.requestItems = new RequestItemService(requestRepository, new RequestItemRepository(database.dsl()), database, audit, yearLocks, clock);
        this.reviewCases = new ReviewCaseService(reviewCaseRepository, requestRepository, database, audit, yearLocks, clock);
        this.documentLinks = new DocumentLinkService(new DocumentLinkRepository(database.dsl()), requestRepository, register,
                database, audit, clock);
        this.requestTransfer = new RequestTransfer(requests, settings);
        this.report = new ReportService(new ReportRepository(database.dsl()), new ReportFactsRepository(database.dsl()),
                new ReportDraftRepository(database.dsl()), database, yearLocks, audit, settings, clock,
                year -> requests.lateReplies(year).size());
        ReportFonts fonts = new ReportFonts();
        this.reportPdfWriter = new ReportPdfWriter(fonts);
        this.reportExporter = new ReportExporter(report, reportPdfWriter, new ReportDocxWriter(), clock);
        this.packageExporter = new PackageExporter(report, plans, settings, clock);
        this.consolidation = new ConsolidationService(new ConsolidationRepository(database.dsl()), database, audit, clock);
        this.countyExports = new CountyExports(reportPdfWriter);
        this.notices = new NoticeService(new NoticeRepository(database.dsl()), requests, calendarSource, settings, database, audit, clock,
                requestItems);
        this.noticeFiles = new NoticeFileWriter(new NoticePdfWriter(fonts), new NoticeDocxWriter());
    }

    /** 「导出上报数据」: this office's year as a package for the county. */
    public PackageExporter packageExporter() {
        return packageExporter;
    }

    /** 全县汇总: the packages the county's offices sent, their status and the summed tables. */
    public ConsolidationService consolidation() {
        return consolidation;
    }

    public CountyExports countyExports() {
        return countyExports;
    }

    /** The app on an existing database file; a missing or empty file is refused (only init creates one). */
    public static AppContext open(Path databaseFile) {
        return new AppContext(Database.openExisting(databaseFile), Clock.systemDefaultZone());
    }

    /** The app on a database file created when missing: {@code init}, and the first start after asking. */
    public static AppContext create(Path databaseFile) {
        return new AppContext(Database.open(databaseFile), Clock.systemDefaultZone());
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public SettingsService settings() {
        return settings;
    }

    public AuditTrail audit() {
        return audit;
    }

    public YearLocks yearLocks() {
        return yearLocks;
    }

    /** The working-day calendar: shipped holiday data, pasted notices, edited days, change listeners. */
    public CalendarService calendar() {
        return calendar;
    }

    public CalendarSource calendarSource() {
        return calendarSource;
    }

    public OverviewService overview() {
        return overview;
    }

    public BackupService backups() {
        return backups;
    }

    public DatabaseHealth health() {
        return health;
    }

    public UnitDirectory units() {
        return units;
    }

    public PlanService plans() {
        return plans;
    }

    public YearlyStatisticsService yearlyStatistics() {
        return yearlyStatistics;
    }

    public RegisterService register() {
        return register;
    }

    public RegisterImporter registerImporter() {
        return registerImporter;
    }

    public RegisterExporter registerExporter() {
        return registerExporter;
    }

    /** The request log (依申请公开): intake, timeline, statutory clock, import. */
    public RequestService requests() {
        return requests;
    }

    /** 一事一申请: the items of split applications. */
    public RequestItemService requestItems() {
        return requestItems;
    }

    /** 行政复议 / 行政诉讼 cases linked to requests. */
    public ReviewCaseService reviewCases() {
        return reviewCases;
    }

    /** 第四十四条: requests linked to the register entries they made 主动公开 (both directions). */
    public DocumentLinkService documentLinks() {
        return documentLinks;
    }

    /** Import of an existing request log (.xlsx/.csv) and export of a year to .xlsx. */
    public RequestTransfer requestTransfer() {
        return requestTransfer;
    }

    /** 告知书: the notices a request's steps call for, issued, numbered and kept with the request. */
    public NoticeService notices() {
        return notices;
    }

    /** Writes a notice as PDF (the report's GB/T 9704 page and fonts) or .docx. */
    public NoticeFiles noticeFiles() {
        return noticeFiles;
    }

    public ReportService report() {
        return report;
    }

    public ReportExporter reportExporter() {
        return reportExporter;
    }

    /** Sample ledgers for the report benchmark and demos (only into an empty database). */
    public ReportSampleLedger reportSampleLedger() {
        return new ReportSampleLedger(new ReportSampleLedgerRepository(database.dsl()), database);
    }

    public ReportBenchmark reportBenchmark() {
        return new ReportBenchmark(report, reportPdfWriter);
    }

    // Each feature's screens get their own context: its services, what they remember, and the executor.

    public OverviewContext overviewContext(TaskExecutor executor) {
        return new OverviewContext(overview, executor);
    }

    public PlanContext planContext(TaskExecutor executor) {
        return new PlanContext(plans, audit, executor);
    }

    public RegisterContext registerContext(TaskExecutor executor) {
        return new RegisterContext(register, yearlyStatistics, registerImporter, registerExporter, settings, audit, opener, executor,
                documentLinks);
    }

    public RequestsContext requestsContext(TaskExecutor executor) {
        return new RequestsContext(requests, reviewCases, requestTransfer, audit, executor, notices, noticeFiles,
                database.file().getParent().resolve("print"), documentLinks, requestItems);
    }

    public ConsolidationContext consolidationContext(TaskExecutor executor) {
        return new ConsolidationContext(consolidation, countyExports, packageExporter, () -> settings.current().reportOrganName(),
                executor);
    }

    public ReportContext reportContext(TaskExecutor executor) {
        return new ReportContext(report, reportExporter, audit, opener, clock, executor);
    }

    public SettingsContext settingsContext(TaskExecutor executor) {
        return new SettingsContext(settings, executor);
    }

    public CalendarContext calendarContext(TaskExecutor executor) {
        return new CalendarContext(calendar, clock, executor);
    }

    public BackupContext backupContext(TaskExecutor executor) {
        return new BackupContext(backups, settings, executor);
    }

    @Override
    public void close() {
        database.close();
    }
}
