// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.report.Evidence;
import org.disclosuredesk.report.EvidenceList;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The report screen's state: the chosen year, the report as the ledgers stand (tables, checks), last
 * year's tables and the monthly counts for the charts, and the records behind the selected cell.
 */
public final class ReportViewModel {

    /** What a refresh loads, in one background task. */
    public record Loaded(Report report, ReportTables previous, long[][] months) {
    }

    private static final int EVIDENCE_LIMIT = 500;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<CellRef> selectedCell = new SimpleObjectProperty<>();
    private final ObservableList<CellRef> highlighted = FXCollections.observableArrayList();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final StringProperty evidenceTitle = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private final ReportService service;
    private final TaskExecutor executor;
    private final Clock clock;

    public ReportViewModel(ReportService service, TaskExecutor executor, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        year.addListener((obs, old, y) -> {
            if (y != null && !y.equals(old)) {
                refresh();
            }
        });
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded;
    }

    public Report report() {
        return loaded.get() == null ? null : loaded.get().report();
    }

    public ReadOnlyObjectProperty<CellRef> selectedCellProperty() {
        return selectedCell;
    }

    /** Cells a check points at, shown marked in the tables. */
    public ObservableList<CellRef> highlighted() {
        return highlighted;
    }

    public ObservableList<Evidence> evidence() {
        return evidence;
    }

    public ReadOnlyStringProperty evidenceTitleProperty() {
        return evidenceTitle;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /**
     * Fills the year list (years with records, and the year just ended) and picks the year whose report is
     * due: last year in January–March, else the latest year with records.
     */
    public void loadYears() {
        executor.execute(BackgroundTask.wrap(service::years)
                .onSuccess(found -> {
                    int due = LocalDate.now(clock).getYear() - 1;
                    List<Integer> all = new ArrayList<>(found);
                    if (!all.contains(due)) {
                        all.add(due);
                    }
                    all.removeIf(y -> y < 2019 || y > due + 1);
                    all.sort(java.util.Comparator.reverseOrder());
                    years.setAll(all);
                    if (year.get() == null || !all.contains(year.get())) {
                        year.set(all.contains(due) ? due : all.get(0));
                    } else {
                        refresh();
                    }
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    public void refresh() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> new Loaded(service.build(y), service.previousYearTables(y), service.receivedPerMonth(y)))
                .onRunning(() -> busy.set(true))
                .onSuccess(l -> {
                    loaded.set(l);
                    message.set("");
                    if (selectedCell.get() != null) {
                        select(selectedCell.get());
                    }
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** Lists the records behind {@code cell} (req~report.traceable~1). */
    public void select(CellRef cell) {
        Report report = report();
        if (report == null || cell == null) {
            return;
        }
        selectedCell.set(cell);
        int y = report.year();
        String where = report.format().describe(cell);
        executor.execute(BackgroundTask.wrap(() -> service.evidence(y, cell, EVIDENCE_LIMIT))
                .onSuccess((EvidenceList list) -> {
                    evidence.setAll(list.items());
                    evidenceTitle.set(list.complete() ? Texts.get("report.evidence.title", where, list.total())
                            : Texts.get("report.evidence.titlePartial", where, list.total(), list.items().size()));
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    public void highlight(List<CellRef> cells) {
        highlighted.setAll(cells);
        if (!cells.isEmpty()) {
            select(cells.get(0));
        }
    }
}
