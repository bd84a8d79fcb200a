// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.consolidation.ConsolidationService;
import org.disclosuredesk.consolidation.CountyExports;
import org.disclosuredesk.consolidation.CountyTables;
import org.disclosuredesk.consolidation.CountyYear;
import org.disclosuredesk.consolidation.OfficeKind;
import org.disclosuredesk.consolidation.OfficeStatus;
import org.disclosuredesk.consolidation.PackageExporter;
import org.disclosuredesk.consolidation.ReceiveOutcome;
import org.disclosuredesk.consolidation.Reminder;
import org.disclosuredesk.consolidation.VersionDifference;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 全县汇总 for one year: the offices' status, the summed tables with a per-office breakdown of a cell,
 * the reminder list and the county figures; receiving packages and exporting run in the background.
 */
public final class CountyViewModel {

    private final IntegerProperty year = new SimpleIntegerProperty(LocalDate.now().getYear() - 1);
    private final BooleanProperty includeCountyGovernment = new SimpleBooleanProperty(true);
    private final ObservableList<OfficeStatus> offices = FXCollections.observableArrayList();
    private final ObjectProperty<CountyTables> county = new SimpleObjectProperty<>();
    private final ObservableList<CountyTables.Share> breakdown = FXCollections.observableArrayList();
    private final StringProperty breakdownTitle = new SimpleStringProperty("");
    private final StringProperty reminders = new SimpleStringProperty("");
    private final StringProperty figures = new SimpleStringProperty("");
    private final StringProperty differences = new SimpleStringProperty("");
    private final ObjectProperty<Long> alternative = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ConsolidationService service;
    private final CountyExports exports;
    private final PackageExporter packages;
    private final TaskExecutor executor;

    public CountyViewModel(ConsolidationService service, CountyExports exports, PackageExporter packages, TaskExecutor executor) {
        this.service = service;
        this.exports = exports;
        this.packages = packages;
        this.executor = executor;
        includeCountyGovernment.addListener((o, a, b) -> refresh());
    }

    public IntegerProperty yearProperty() { return year; }
    public BooleanProperty includeCountyGovernmentProperty() { return includeCountyGovernment; }
    public ObservableList<OfficeStatus> offices() { return offices; }
    public ObjectProperty<CountyTables> countyProperty() { return county; }
    public ObservableList<CountyTables.Share> breakdown() { return breakdown; }
    public StringProperty breakdownTitleProperty() { return breakdownTitle; }
    public StringProperty remindersProperty() { return reminders; }
    public StringProperty figuresProperty() { return figures; }
    public StringProperty differencesProperty() { return differences; }
    /** The other package of the office whose differences are shown, which the clerk may choose instead. */
    public ObjectProperty<Long> alternativeProperty() { return alternative; }
    public StringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    /** Reads the year's status, sums and reminders again. */
    public void refresh() {
        int y = year.get();
        boolean withGovernment = includeCountyGovernment.get();
        executor.execute(BackgroundTask.wrap(() -> service.overview(y, withGovernment))
                .onRunning(() -> busy.set(true))
                .onSuccess(this::show)
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private void show(CountyYear s) {
        offices.setAll(s.offices());
        county.set(s.county());
        reminders.set(s.reminders().isEmpty() ? Texts.get("county.reminders.none")
                : s.reminders().stream().map(Reminder::line).collect(Collectors.joining("\n")));
        figures.set(s.county().figures().paragraph(s.county().year()));
        breakdown.clear();
        breakdownTitle.set(Texts.get("county.breakdown.hint"));
    }

    /** Takes in the dropped or chosen files (folders stand for their .zip files), then refreshes. */
    public void receive(List<Path> files) {
        int y = year.get();
        executor.executeWrite(BackgroundTask.wrap(() -> service.receive(y, files))
                .onRunning(() -> busy.set(true))
                .onSuccess(outcomes -> {
                    message.set(summary(outcomes));
                    refresh();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    static String summary(List<ReceiveOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Texts.get("county.receive.none");
        }
        return outcomes.stream().map(o -> o.file().getFileName() + "：" + o.kind().label()
                + (o.kind() == ReceiveOutcome.Kind.STORED ? "" : "——" + o.message())).collect(Collectors.joining("\n"));
    }

    public void addOffice(String name, OfficeKind kind) {
        write(() -> service.addOffice(name, kind), Texts.get("county.offices.added", name == null ? "" : name.strip()));
    }

    public void importOffices(List<String> lines) {
        executor.executeWrite(BackgroundTask.wrap(() -> service.importOffices(lines))
                .onRunning(() -> busy.set(true))
                .onSuccess(n -> {
                    message.set(Texts.get("county.offices.imported", n));
                    refresh();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void choose(long packageId) {
        write(() -> service.choose(packageId), Texts.get("county.versions.chosen"));
    }

    /** The cells in which an office's packages differ, for the clerk to choose. */
    public void showDifferences(OfficeStatus office) {
        int y = year.get();
        executor.execute(BackgroundTask.wrap(() -> service.differences(y, office.name()))
                .onSuccess(diffs -> {
                    differences.set(diffs.isEmpty() ? "" : Texts.get("county.versions.header", office.name())
                            + "\n" + diffs.stream().map(CountyViewModel::line).collect(Collectors.joining("\n")));
                    long counted = office.counted().map(p -> p.id()).orElse(-1L);
                    alternative.set(diffs.stream().flatMap(d -> java.util.stream.Stream.of(d.first(), d.other()))
                            .map(p -> p.id()).filter(id -> id != counted).findFirst().orElse(null));
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    private static String line(VersionDifference d) {
        return d.where() + "：" + d.firstValue() + " → " + d.otherValue() + "（第二份：" + d.other().fileName() + "，编号 "
                + d.other().id() + "）";
    }

    /** Every office's figure behind one cell of the county tables. */
    public void select(CellRef cell) {
        CountyTables c = county.get();
        if (c == null) {
            return;
        }
        breakdownTitle.set(c.total().format().describe(cell) + "：" + Texts.get("county.breakdown.total", c.total().value(cell)));
        breakdown.setAll(c.breakdown(cell));
    }

    public void exportWorkbook(Path file) {
        CountyTables c = county.get();
        if (c != null) {
            fileJob(() -> exports.writeWorkbook(c, file), Texts.get("county.export.done", file));
        }
    }

    public void exportPdf(String countyName, Path file) {
        CountyTables c = county.get();
        if (c != null) {
            fileJob(() -> exports.writePdf(countyName, c, file, BackgroundTask.Progress.NONE), Texts.get("county.export.done", file));
        }
    }

    /** 「导出上报数据」: this office's own package for the year, for the county. */
    public void exportOwnPackage(Path folder) {
        int y = year.get();
        executor.execute(BackgroundTask.wrap(() -> packages.write(y, folder))
                .onRunning(() -> busy.set(true))
                .onSuccess(file -> message.set(Texts.get("county.package.done", file)))
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private void fileJob(Runnable work, String done) {
        executor.execute(BackgroundTask.wrap(work)
                .onRunning(() -> busy.set(true))
                .onSuccess(v -> message.set(done))
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private void write(Runnable work, String done) {
        executor.executeWrite(BackgroundTask.wrap(work)
                .onRunning(() -> busy.set(true))
                .onSuccess(v -> {
                    message.set(done);
                    refresh();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }
}
