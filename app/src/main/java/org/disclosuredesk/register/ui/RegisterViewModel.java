// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterPage;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.register.TableTwoFigures;
import org.disclosuredesk.register.TableTwoMeasure;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;

/**
 * The register list: filters and search text in, pages of entries out. Every change of a filter or of
 * the search text reloads the first page at once (results as you type); later pages load when the
 * table scrolls near its end. An answer to an older query is dropped, so fast typing never shows stale rows.
 */
public final class RegisterViewModel {

    public static final int PAGE_SIZE = 200;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<DocType> docType = new SimpleObjectProperty<>();
    private final ObjectProperty<Validity> validity = new SimpleObjectProperty<>();
    private final ObjectProperty<DisclosureAttribute> attribute = new SimpleObjectProperty<>();
    private final BooleanProperty lateOnly = new SimpleBooleanProperty();
    private final BooleanProperty missingInterpretationOnly = new SimpleBooleanProperty();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<TableTwoMeasure> measure = new SimpleObjectProperty<>();

    private final ObservableList<RegisterEntry> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<TableTwoFigures> figures = new SimpleObjectProperty<>();

    private final RegisterService service;
    private final TaskExecutor executor;
    private RegisterPage.PageCursor next;
    private long generation;
    private boolean loadingMore;
    private boolean batching;
    private RegisterEntry toReveal;
    private String revealNote = "";
    private final ObjectProperty<RegisterEntry> revealed = new SimpleObjectProperty<>();

    public RegisterViewModel(RegisterService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        this.year.set(service.today().getYear());
        for (ObservableValue<?> filter : List.of(docType, validity, attribute, lateOnly, missingInterpretationOnly, searchText, measure)) {
            filter.addListener((obs, old, now) -> reloadUnlessBatching());
        }
        year.addListener((obs, old, now) -> {
            if (!batching) {
                refresh();
            }
        });
    }

    // ---- properties

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<DocType> docTypeProperty() {
        return docType;
    }

    public ObjectProperty<Validity> validityProperty() {
        return validity;
    }

    public ObjectProperty<DisclosureAttribute> attributeProperty() {
        return attribute;
    }

    public BooleanProperty lateOnlyProperty() {
        return lateOnly;
    }

    public BooleanProperty missingInterpretationOnlyProperty() {
        return missingInterpretationOnly;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The table-二 column whose list is shown, or null for the plain year view. */
    public ObjectProperty<TableTwoMeasure> measureProperty() {
        return measure;
    }

    public ObservableList<RegisterEntry> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Entries in the current view, -1 while being counted. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<TableTwoFigures> figuresProperty() {
        return figures;
    }

    public RegisterQuery query() {
        Integer y = year.get();
        return new RegisterQuery(y, docType.get(), validity.get(), attribute.get(), lateOnly.get(),
                missingInterpretationOnly.get(), searchText.get(), measure.get());
    }

    // ---- commands

    /** Reloads the year's table-二 figures and the first page of the view. */
    public void refresh() {
        loadFigures();
        reload();
    }

    /** Reloads only the table-二 figures (after an entry was changed in place). */
    public void refreshFigures() {
        loadFigures();
    }

    /** Shows the documents behind one figure of table 二. */
    public void showFigure(DocType type, TableTwoMeasure m) {
        batch(() -> {
            clearFiltersQuietly();
            docType.set(type);
            measure.set(m);
        });
    }

    public void clearFilters() {
        batch(this::clearFiltersQuietly);
    }

    /** Loads the next page, if there is one and none is loading. */
    public void loadMore() {
        if (next == null || loadingMore) {
            return;
        }
        loadingMore = true;
        long asked = generation;
        RegisterQuery q = query();
        RegisterPage.PageCursor after = next;
        executor.execute(BackgroundTask.wrap(() -> service.page(q, after, PAGE_SIZE))
                .onSuccess(page -> {
                    if (asked == generation) {
                        rows.addAll(page.rows());
                        next = page.next();
                        hasMore.set(page.hasMore());
                    }
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> loadingMore = false));
    }

    /**
     * After the detail panel saved an entry: a row already listed is replaced where it is (the list keeps
     * its scroll position); a new entry reloads the list. Returns whether the row was listed.
     */
    public boolean saved(RegisterEntry entry) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == entry.id()) {
                loadFigures();
                rows.set(i, entry);
                return true;
            }
        }
        // Not listed: a document of another year (成文日期) switches the year filter to its year and says so;
        // the reload then selects it, or says which filter hides it.
        toReveal = entry;
        LocalDate written = entry.document().writtenOn();
        Integer shown = year.get();
        if (written != null && shown != null && shown != written.getYear()) {
            revealNote = Texts.get("register.saved.inYear", written.getYear());
            batch(() -> year.set(written.getYear()));
            loadFigures();
        } else {
            loadFigures();
            reload();
        }
        return false;
    }

    /** The entry just saved, once the reloaded list holds it: the view selects it. */
    public ReadOnlyObjectProperty<RegisterEntry> revealedProperty() {
        return revealed;
    }

    // ---- internals

    private void reloadUnlessBatching() {
        if (!batching) {
            reload();
        }
    }

    private void batch(Runnable changes) {
        batching = true;
        try {
            changes.run();
        } finally {
            batching = false;
        }
        reload();
    }

    private void clearFiltersQuietly() {
        docType.set(null);
        validity.set(null);
        attribute.set(null);
        lateOnly.set(false);
        missingInterpretationOnly.set(false);
        searchText.set("");
        measure.set(null);
    }

    private void reload() {
        long asked = ++generation;
        RegisterQuery q = query();
        total.set(-1);
        executor.execute(BackgroundTask.wrap(() -> service.page(q, null, PAGE_SIZE))
                .onRunning(() -> busy.set(true))
                .onSuccess(page -> {
                    if (asked == generation) {
                        rows.setAll(page.rows());
                        next = page.next();
                        hasMore.set(page.hasMore());
                        message.set(revealNote);
                        revealNote = "";
                        countIfMore(asked, q, page);
                        revealIfListed();
                    }
                })
                .onFailure(e -> {
                    if (asked == generation) {
                        message.set(UserMessages.of(e));
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        busy.set(false);
                    }
                }));
    }

    /** The count can take longer than the first page on a large search: it follows, it never delays the rows. */
    private void countIfMore(long asked, RegisterQuery q, RegisterPage page) {
        if (!page.hasMore()) {
            total.set(page.rows().size());
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.count(q))
                .onSuccess(n -> {
                    if (asked == generation) {
                        total.set(n);
                    }
                }));
    }

    private void loadFigures() {
        Integer y = year.get();
        if (y == null) {
            figures.set(null);
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.tableTwo(y))
                .onSuccess(f -> {
                    if (y.equals(year.get())) {
                        figures.set(f);
                    }
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    private void revealIfListed() {
        RegisterEntry entry = toReveal;
        toReveal = null;
        if (entry == null) {
            return;
        }
        rows.stream().filter(e -> e.id() == entry.id()).findFirst().ifPresentOrElse(e -> {
            revealed.set(null);
            revealed.set(e);
        }, () -> message.set(Texts.get("register.saved.hidden", entry.document().title())));
    }

    /** This year by the service's clock: the default year of a new document and the top of the year list. */
    public int thisYear() {
        return service.today().getYear();
    }

    /** Deadlines follow the calendar and the 解读 setting, which other screens change: recompute stale ones, then reload. */
    public void refreshDeadlines() {
        executor.executeWrite(BackgroundTask.wrap(() -> service.refreshDeadlinesIfStale()).onFinished(this::refresh));
    }
}
