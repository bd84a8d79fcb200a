// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import javafx.collections.ObservableMap;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.RequestFilter;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.requests.RequestStatus;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.requests.transfer.RequestTransfer;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;

/**
 * The request list: a year's requests loaded in the background, then filtered here as the user
 * types (status, applicant kind, result, text), sorted by due date, with counts by status.
 */
public final class RequestListViewModel {

    /** The year choice meaning "every year". */
    public static final int ALL_YEARS = 0;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<RequestStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicantKind> applicantKind = new SimpleObjectProperty<>();
    private final ObjectProperty<ResultRow> result = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableMap<RequestStatus, Integer> counts = FXCollections.observableMap(new EnumMap<>(RequestStatus.class));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(true);
    private final StringProperty summary = new SimpleStringProperty("");

    private final RequestService service;
    private final RequestTransfer transfer;
    private final TaskExecutor executor;
    private List<RequestView> loaded = List.of();
    private java.util.Map<Long, String> lacking = java.util.Map.of();
    private java.util.Map<Long, String> mixed = java.util.Map.of();
    private java.util.function.Function<List<org.disclosuredesk.requests.Request>, java.util.Map<Long, String>> mixedResults =
            requests -> java.util.Map.of();
    private java.util.function.Function<List<org.disclosuredesk.requests.Request>, java.util.Map<Long, String>> lackingNotices =
            requests -> java.util.Map.of();
    private int carriedIn;
    private final ObjectProperty<RequestRow> revealed = new SimpleObjectProperty<>();
    /** The request just saved, to show and select once the list holds it. */
    private Long toReveal;

    public RequestListViewModel(RequestService service, RequestTransfer transfer, TaskExecutor executor) {
        this.service = service;
        this.transfer = transfer;
        this.executor = executor;
        year.set(service.today().getYear());
        year.addListener((o, old, y) -> load());
        status.addListener((o, old, s) -> applyFilters());
        applicantKind.addListener((o, old, k) -> applyFilters());
        result.addListener((o, old, r) -> applyFilters());
        query.addListener((o, old, q) -> applyFilters());
    }

    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObjectProperty<RequestStatus> statusProperty() { return status; }
    public ObjectProperty<ApplicantKind> applicantKindProperty() { return applicantKind; }
    public ObjectProperty<ResultRow> resultProperty() { return result; }
    public StringProperty queryProperty() { return query; }
    public ObservableList<RequestRow> rows() { return FXCollections.unmodifiableObservableList(rows); }
    public ObservableList<Integer> years() { return years; }
    public ObservableMap<RequestStatus, Integer> counts() { return counts; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    /** True when {@link #messageProperty()} reports a problem (red), false for a success (not red). */
    public ReadOnlyBooleanProperty failedProperty() { return failed; }
    /** The header: the year's total, how many came from earlier years, and how many the filters leave. */
    public ReadOnlyStringProperty summaryProperty() { return summary; }

    /** The row of the request just saved, once the list shows it: the view selects it. */
    public ReadOnlyObjectProperty<RequestRow> revealedProperty() { return revealed; }

    /**
     * After a save: the list shows the saved request. A request registered in another year than the one
     * shown switches the year filter to its year (and says so); filters that would hide it are cleared.
     */
    public void reveal(long id, int registeredIn) {
        toReveal = id;
        Integer shown = year.get();
        if (shown != null && shown != ALL_YEARS && shown != registeredIn) {
            year.set(registeredIn);
            failed.set(false);
            message.set(Texts.get("requests.list.revealedInYear", registeredIn));
        } else {
            load();
        }
    }

    /** The split applications whose items have different results, by id, with those results (「分项：…」). */
    public void setMixedResults(java.util.function.Function<List<org.disclosuredesk.requests.Request>, java.util.Map<Long, String>> mixed) {
        this.mixedResults = mixed;
    }

    /** Which requests lack the notice their latest step needs (告知书), by id, with that notice's name. */
    public void setLackingNotices(java.util.function.Function<List<org.disclosuredesk.requests.Request>, java.util.Map<Long, String>> check) {
        this.lackingNotices = check;
    }

    /** Reads the selected year's requests (and the years that have any) in the background. */
    public void load() {
        Integer y = year.get();
        Integer filterYear = y == null || y == ALL_YEARS ? null : y;
        int thisYear = service.today().getYear();
        executor.execute(BackgroundTask.wrap(() -> {
            List<RequestView> views = service.list(new RequestFilter(filterYear, null, null, null, null));
            List<org.disclosuredesk.requests.Request> requests = views.stream().map(RequestView::request).toList();
            return new Loaded(views, service.years(), lackingNotices.apply(requests), mixedResults.apply(requests));
        })
                .onRunning(() -> busy.set(true))
                .onSuccess(l -> {
                    loaded = l.views;
                    lacking = l.lacking;
                    mixed = l.mixed;
                    List<Integer> choices = new java.util.ArrayList<>(l.years);
                    if (!choices.contains(thisYear)) {
                        choices.add(0, thisYear);
                    }
                    if (y != null && y != ALL_YEARS && !choices.contains(y)) {
                        choices.add(y);
                    }
                    choices.sort(java.util.Comparator.reverseOrder());
                    choices.add(ALL_YEARS);
                    if (!years.equals(choices)) {
                        years.setAll(choices);
                    }
                    // The note that the year was switched for a saved request stays until the next load.
                    message.set(toReveal != null && !failed.get() ? message.get() : "");
                    applyFilters();
                    revealIfListed();
                })
                .onFailure(e -> {
                    failed.set(true);
                    message.set(UserMessages.of(e));
                })
                .onFinished(() -> busy.set(false)));
    }

    /** The file name the export proposes, e.g. 2025年依申请公开台账.xlsx. */
    public String exportFileName() {
        Integer y = year.get();
        return Texts.get("requests.list.exportFileName", y == null || y == ALL_YEARS ? service.today().getYear() : y);
    }

    /** Writes the selected year's log to {@code target} in the background. */
    public void export(java.nio.file.Path target) {
        Integer y = year.get();
        if (y == null || y == ALL_YEARS) {
            failed.set(true);
            message.set(Texts.get("requests.list.exportNeedsYear"));
            return;
        }
        // What the list shows is what is exported: the year's own requests and the 上年结转 ones, as filtered.
        List<RequestView> shown = rows.stream().map(RequestRow::view).collect(Collectors.toList());
        executor.execute(BackgroundTask.wrap(() -> transfer.exportShown(shown, y, target))
                .onRunning(() -> busy.set(true))
                .onSuccess(path -> {
                    failed.set(false);
                    message.set(Texts.get("requests.list.exported", shown.size(), path));
                })
                .onFailure(e -> {
                    failed.set(true);
                    message.set(UserMessages.of(e));
                })
                .onFinished(() -> busy.set(false)));
    }

    public void clearFilters() {
        status.set(null);
        applicantKind.set(null);
        result.set(null);
        query.set("");
    }

    /** Total of the loaded year, for the header. */
    public int total() {
        return loaded.size();
    }

    /** How many of them were carried over from earlier years (二、上年结转). */
    public int carriedIn() {
        return carriedIn;
    }

    private void applyFilters() {
        RequestFilter filter = new RequestFilter(null, status.get(), applicantKind.get(), result.get(), query.get());
        Map<RequestStatus, Integer> byStatus = new EnumMap<>(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            byStatus.put(s, 0);
        }
        loaded.forEach(v -> byStatus.merge(v.status(), 1, Integer::sum));
        int shown = year.get() == null ? ALL_YEARS : year.get();
        carriedIn = (int) loaded.stream().filter(v -> shown != ALL_YEARS && v.request().number().year() < shown).count();
        counts.putAll(byStatus);
        rows.setAll(loaded.stream().filter(filter::matches).map(v -> RequestRow.of(v, shown, lacking.getOrDefault(v.request().id(), ""), mixed.get(v.request().id()))).collect(Collectors.toList()));
        String text = carriedIn == 0 ? Texts.get("requests.list.total", total())
                : Texts.get("requests.list.totalWithCarried", total(), carriedIn);
        boolean filtered = status.get() != null || applicantKind.get() != null || result.get() != null
                || (query.get() != null && !query.get().isBlank());
        summary.set(filtered ? text + Texts.get("requests.list.shown", rows.size()) : text);
    }

    private void revealIfListed() {
        if (toReveal == null) {
            return;
        }
        long id = toReveal;
        toReveal = null;
        if (loaded.stream().noneMatch(v -> v.request().id() == id)) {
            return;
        }
        if (rows.stream().noneMatch(r -> r.id() == id)) {
            clearFilters();
        }
        rows.stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            revealed.set(null);
            revealed.set(r);
        });
    }

    private record Loaded(List<RequestView> views, List<Integer> years, java.util.Map<Long, String> lacking,
            java.util.Map<Long, String> mixed) {
    }
}
