// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.check.ReportChecks;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormats;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;

/**
 * 全县汇总 at the county office: the list of offices that must report, the packages they sent (each
 * verified before anything is stored), the status of every office, the county's summed tables and the
 * reminder list. Packages carry figures only, never applicants (see {@link PackageExporter}).
 */
public final class ConsolidationService {

    /** A package is a few dozen kilobytes; a file far larger is not one (and is not read into memory). */
    private static final long MAX_PACKAGE_BYTES = 16L * 1024 * 1024;

    private final ConsolidationRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ConsolidationService(ConsolidationRepository repository, Transactions transactions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReportingOffice> offices() {
        return repository.offices();
    }

    public ReportingOffice addOffice(String name, OfficeKind kind) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw ValidationError.of("name", "请填写单位名称。");
        }
        if (kind == null) {
            throw ValidationError.of("kind", "请选择单位类别（县直部门、乡镇（街道）或县人民政府）。");
        }
        return transactions.inTransaction(() -> {
            if (repository.office(n).isPresent()) {
                throw ValidationError.of("name", "「" + n + "」已在应报名单中。");
            }
            long id = repository.addOffice(n, kind, now());
            audit.record("county_office", id, AuditEntry.Action.CREATE, "应报单位名单加入「" + n + "」（" + kind.label() + "）");
            return new ReportingOffice(id, n, kind);
        });
    }

    /**
     * Adds a list pasted or read from a file: one office a line, optionally followed by its kind after a
     * tab, comma or space (「县教育局,县直部门」). Lines already on the list are skipped. All or nothing.
     */
    public int importOffices(List<String> lines) {
        Map<String, OfficeKind> parsed = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[\\t,，、]+|\\s{2,}", 2);
            String name = parts[0].strip();
            Optional<OfficeKind> kind = parts.length > 1 ? OfficeKind.parse(parts[1]) : OfficeKind.parse(name).or(() -> Optional.of(OfficeKind.DEPARTMENT));
            if (kind.isEmpty()) {
                problems.add("第" + lineNo + "行「" + line + "」：类别「" + parts[1].strip() + "」无法识别（应为县直部门、乡镇（街道）或县人民政府）");
                continue;
            }
            parsed.putIfAbsent(name, kind.get());
        }
        if (!problems.isEmpty()) {
            throw new UserError("名单未导入，请改正后重试：\n" + String.join("\n", problems));
        }
        return transactions.inTransaction(() -> {
            int added = 0;
            for (Map.Entry<String, OfficeKind> e : parsed.entrySet()) {
                if (repository.office(e.getKey()).isEmpty()) {
                    long id = repository.addOffice(e.getKey(), e.getValue(), now());
                    audit.record("county_office", id, AuditEntry.Action.CREATE, "应报单位名单加入「" + e.getKey() + "」");
                    added++;
                }
            }
            return added;
        });
    }

    public void removeOffice(String name) {
        transactions.inTransaction(() -> {
            if (!repository.removeOffice(name)) {
                throw new UserError("应报名单中没有「" + name + "」。");
            }
            audit.record("county_office", null, AuditEntry.Action.DELETE, "应报单位名单移除「" + name + "」");
        });
    }

    /**
     * Takes in the files (a folder stands for the .zip files in it) for {@code year}. Each file is read
     * and verified whole before anything of it is stored; a refused file stores nothing and does not stop
     * the others.
     */
    public List<ReceiveOutcome> receive(int year, List<Path> files) {
        List<ReceiveOutcome> outcomes = new ArrayList<>();
        for (Path file : expand(files)) {
            outcomes.add(receiveOne(year, file));
        }
        return outcomes;
    }

    private ReceiveOutcome receiveOne(int year, Path file) {
        PackageFormat.Verified verified;
        try {
            verified = PackageFormat.read(readBounded(file));
        } catch (PackageRefused e) {
            return new ReceiveOutcome(file, ReceiveOutcome.Kind.REFUSED, "", e.getMessage());
        }
        ExchangePackage p = verified.content();
        if (p.year() != year) {
            return new ReceiveOutcome(file, ReceiveOutcome.Kind.REFUSED, p.organName(), "这是「" + p.organName() + "」" + p.year()
                    + "年度的数据包，当前汇总的是" + year + "年度，未导入。");
        }
        return transactions.inTransaction(() -> {
            if (repository.exists(year, p.organName(), verified.sha256())) {
                return new ReceiveOutcome(file, ReceiveOutcome.Kind.ALREADY_RECEIVED, p.organName(),
                        "与已接收的数据包完全相同，未重复保存。");
            }
            boolean first = !repository.anyChosen(year, p.organName());
            long id = repository.insert(p, verified.json(), verified.sha256(), file.getFileName().toString(), now(), first);
            audit.record("county_package", id, AuditEntry.Action.CREATE, "接收「" + p.organName() + "」" + year + "年度上报数据（"
                    + p.state().label() + "，" + file.getFileName() + "）");
            return first
                    ? new ReceiveOutcome(file, ReceiveOutcome.Kind.STORED, p.organName(), p.state().label() + "，已接收。")
                    : new ReceiveOutcome(file, ReceiveOutcome.Kind.SECOND_VERSION, p.organName(),
                            "该单位已报送过内容不同的数据，两份都已保存；汇总仍用先前那份，请比较后选定。");
        });
    }

    /** Every office on the list, then any office that sent a package without being on it. */
    public List<OfficeStatus> status(int year) {
        Map<String, List<StoredPackage>> byOrgan = packagesByOrgan(year);
        List<OfficeStatus> rows = new ArrayList<>();
        for (ReportingOffice office : repository.offices()) {
            rows.add(status(office.name(), office.kind(), true, byOrgan.remove(office.name())));
        }
        byOrgan.forEach((organ, packages) -> rows.add(status(organ, OfficeKind.DEPARTMENT, false, packages)));
        return rows;
    }

    private static OfficeStatus status(String name, OfficeKind kind, boolean listed, List<StoredPackage> packages) {
        List<StoredPackage> all = packages == null ? List.of() : packages;
        Optional<StoredPackage> counted = all.stream().filter(StoredPackage::chosen).findFirst();
        List<String> failed = counted.map(p -> failedChecks(p.content().tables())).orElse(List.of());
        return new OfficeStatus(name, kind, listed, counted, all.size(), failed);
    }

    /** The report's arithmetic checks on the tables an office sent: the messages of those that fail. */
    public static List<String> failedChecks(ReportTables tables) {
        return ReportChecks.arithmetic(tables).stream().filter(Finding::isError)
                .map(f -> f.where(tables.format()) + "：" + f.message()).toList();
    }

    /** The two (or more) versions of one office's package and the cells in which they differ. */
    public List<VersionDifference> differences(int year, String organ) {
        List<StoredPackage> versions = packagesByOrgan(year).getOrDefault(organ, List.of());
        List<VersionDifference> diffs = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            ReportTables a = versions.get(0).content().tables();
            ReportTables b = versions.get(i).content().tables();
            for (CellRef cell : a.format().cells()) {
                if (a.value(cell) != b.value(cell)) {
                    diffs.add(new VersionDifference(versions.get(0), versions.get(i), a.format().describe(cell), a.value(cell),
                            b.value(cell)));
                }
            }
            if (versions.get(0).content().state() != versions.get(i).content().state()) {
                diffs.add(new VersionDifference(versions.get(0), versions.get(i), "报告状态", 0, 0));
            }
        }
        return diffs;
    }

    /** Makes one received package the one that counts for its office and year. */
    public void choose(long packageId) {
        transactions.inTransaction(() -> {
            StoredPackage p = repository.find(packageId).orElseThrow(() -> new UserError("找不到该数据包。"));
            repository.choose(p.content().year(), p.organName(), packageId);
            audit.record("county_package", packageId, AuditEntry.Action.UPDATE, "选定「" + p.organName() + "」"
                    + p.content().year() + "年度汇总所用数据包（" + p.fileName() + "，接收于" + p.receivedAt() + "）");
        });
    }

    /**
     * The county's tables: the sum over every office whose package counts — with or without the county
     * government's own figures — in the format of {@code year}.
     */
    public CountyTables countyTables(int year, boolean includeCountyGovernment) {
        return countyTables(year, includeCountyGovernment, status(year));
    }

    /** The year as the 全县汇总 screen shows it, every package read once: status, summed tables, reminders. */
    public CountyYear overview(int year, boolean includeCountyGovernment) {
        List<OfficeStatus> status = status(year);
        return new CountyYear(status, countyTables(year, includeCountyGovernment, status), reminders(year, status));
    }

    private static CountyTables countyTables(int year, boolean includeCountyGovernment, List<OfficeStatus> status) {
        List<CountyTables.Contribution> offices = new ArrayList<>();
        for (OfficeStatus s : status) {
            if (s.received() && (includeCountyGovernment || s.kind() != OfficeKind.COUNTY_GOVERNMENT)) {
                offices.add(new CountyTables.Contribution(s.name(), s.kind(), s.counted().get()));
            }
        }
        return CountyTables.sum(year, ReportFormats.forYear(year), offices);
    }

    /** Offices without a final package, with the days left until their deadline, soonest first. */
    public List<Reminder> reminders(int year) {
        return reminders(year, status(year));
    }

    private List<Reminder> reminders(int year, List<OfficeStatus> status) {
        LocalDate today = LocalDate.now(clock);
        return status.stream().filter(s -> s.listed() && !s.isFinal())
                .map(s -> new Reminder(s.name(), s.kind(), s.kind().dueFor(year),
                        ChronoUnit.DAYS.between(today, s.kind().dueFor(year)), s.received() ? "仅报送草稿" : "未报送"))
                .sorted(Comparator.comparing(Reminder::due))
                .toList();
    }

    private Map<String, List<StoredPackage>> packagesByOrgan(int year) {
        Map<String, List<StoredPackage>> byOrgan = new LinkedHashMap<>();
        for (StoredPackage p : repository.packages(year)) {
            byOrgan.computeIfAbsent(p.organName(), k -> new ArrayList<>()).add(p);
        }
        return byOrgan;
    }

    private static List<Path> expand(List<Path> files) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".zip")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UserError("无法读取文件夹「" + f + "」：" + e.getMessage(), e);
                }
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static byte[] readBounded(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PackageRefused("找不到文件「" + file + "」。");
            }
            if (Files.size(file) > MAX_PACKAGE_BYTES) {
                throw new PackageRefused("文件过大，不是政务公开工作台导出的上报数据包，未导入。");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PackageRefused("无法读取「" + file.getFileName() + "」：" + e.getMessage(), e);
        }
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
