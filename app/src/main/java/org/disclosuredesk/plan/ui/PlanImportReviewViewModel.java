// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.plan.Deadline;
import org.disclosuredesk.plan.PlanDraft;
import org.disclosuredesk.plan.PlanItem;
import org.disclosuredesk.plan.PlanParser;
import org.disclosuredesk.plan.PlanService;
import org.disclosuredesk.plan.UnitResolution;
import org.disclosuredesk.plan.UnitRole;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.Unit;
import org.disclosuredesk.shared.UnitMatcher;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The import review: the plan as read, beside its source text, every item's units and time limit
 * editable, names the units directory does not know listed with the closest known units. Nothing is
 * stored until {@link #save()}; {@link #discard()} leaves no trace.
 */
public final class PlanImportReviewViewModel {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty docNumber = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final ObservableList<SourceLine> sourceLines = FXCollections.observableArrayList();
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<UnknownUnit> unknownUnits = FXCollections.observableArrayList();
    private final ObservableList<UnknownUnit> selectedUnknownUnits = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty titleError = new SimpleStringProperty("");
    private final StringProperty yearError = new SimpleStringProperty("");
    private final StringProperty dueDateError = new SimpleStringProperty("");
    private final StringProperty saveText = new SimpleStringProperty(Texts.get("plan.review.save", 0));
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final PlanService service;
    private final TaskExecutor executor;
    private final Map<String, UnitResolution> resolutions = new LinkedHashMap<>();
    private final Map<String, String> linkedNames = new LinkedHashMap<>();
    private UnitMatcher matcher = new UnitMatcher(List.of());
    private PlanDraft draft;

    public PlanImportReviewViewModel(PlanService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        selected.addListener((obs, old, item) -> {
            dueDateError.set("");
            refreshSelectedUnknown();
        });
        year.addListener((obs, old, y) -> redateAll());
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty issuerProperty() { return issuer; }
    public StringProperty docNumberProperty() { return docNumber; }
    public StringProperty yearProperty() { return year; }
    public ReadOnlyStringProperty sourceNameProperty() { return sourceName; }
    public ObservableList<SourceLine> sourceLines() { return sourceLines; }
    public ObservableList<ReviewItem> items() { return items; }
    public ObjectProperty<ReviewItem> selectedProperty() { return selected; }
    /** Every name in the plan the directory does not know, with suggestions and the choice made. */
    public ObservableList<UnknownUnit> unknownUnits() { return unknownUnits; }
    /** The unknown names of the selected item. */
    public ObservableList<UnknownUnit> selectedUnknownUnits() { return selectedUnknownUnits; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty titleErrorProperty() { return titleError; }
    public ReadOnlyStringProperty yearErrorProperty() { return yearError; }
    public ReadOnlyStringProperty dueDateErrorProperty() { return dueDateError; }
    public ReadOnlyStringProperty saveTextProperty() { return saveText; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    /** Reads a plan file in the background; an unreadable file gives its message and no review. */
    public void open(Path file, Runnable onLoaded) {
        read(() -> service.read(file, null), onLoaded);
    }

    /** Reads pasted text in the background. */
    public void openText(String text, Runnable onLoaded) {
        read(() -> service.readText(text, null), onLoaded);
    }

    private void read(java.util.concurrent.Callable<PlanDraft> reading, Runnable onLoaded) {
        executor.execute(BackgroundTask.wrap(() -> new Read(reading.call(), service.unitMatcher()))
                .onRunning(() -> {
                    busy.set(true);
                    message.set(Texts.get("plan.review.reading"));
                })
                .onSuccess(r -> {
                    load(r.draft(), r.matcher());
                    message.set("");
                    onLoaded.run();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private record Read(PlanDraft draft, UnitMatcher matcher) {
    }

    /** Shows a draft for review (what {@link #open} does once the file is read). */
    public void load(PlanDraft d, UnitMatcher unitMatcher) {
        this.draft = d;
        this.matcher = unitMatcher;
        resolutions.clear();
        linkedNames.clear();
        title.set(d.title() == null ? "" : d.title());
        issuer.set(d.issuer() == null ? "" : d.issuer());
        docNumber.set(d.docNumber() == null ? "" : d.docNumber());
        sourceName.set(d.sourceFileName() == null ? "" : d.sourceFileName());
        sourceLines.setAll(SourceLine.of(d.sourceText() == null ? "" : d.sourceText()));
        List<ReviewItem> list = new ArrayList<>();
        for (int i = 0; i < d.items().size(); i++) {
            ReviewItem item = new ReviewItem(i, d.items().get(i));
            item.includedProperty().addListener((obs, old, on) -> refreshSummary());
            list.add(item);
        }
        items.setAll(list);
        year.set(d.year() == null ? "" : String.valueOf(d.year()));
        titleError.set("");
        yearError.set("");
        loaded.set(true);
        refreshUnknown();
        selected.set(list.stream().filter(i -> !i.heading()).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
    }

    /** After the units of an item were edited: names re-split and matched again. */
    public void unitsEdited() {
        refreshUnknown();
    }

    /** After the time limit of the selected item was edited: its date, kind and recurrence read again. */
    public void deadlineEdited(ReviewItem item) {
        redate(item, parsedYear());
    }

    /** A date typed for the selected item (any form {@link DateInput} accepts; blank clears it). */
    public boolean setDueDate(ReviewItem item, String text) {
        try {
            LocalDate d = DateInput.parseOptional(text, Texts.get("plan.review.dueDate")).orElse(null);
            item.dueDateProperty().set(d);
            item.dueDateTypedProperty().set(d != null);
            dueDateError.set("");
            return true;
        } catch (UserError e) {
            dueDateError.set(e.getMessage());
            return false;
        }
    }

    /** Links every occurrence of the name to a directory unit, remembering the name as its alias. */
    public void link(String written, Unit unit) {
        resolutions.put(written, UnitResolution.link(unit.id(), true));
        linkedNames.put(written, unit.name());
        refreshUnknown();
    }

    /** Adds the name to the directory as a new unit when the plan is saved. */
    public void addToDirectory(String written) {
        resolutions.put(written, UnitResolution.add());
        linkedNames.remove(written);
        refreshUnknown();
    }

    /** Leaves the name as written, not linked (the default). */
    public void leaveUnlinked(String written) {
        resolutions.remove(written);
        linkedNames.remove(written);
        refreshUnknown();
    }

    /** Whether a name is unknown to the directory and no choice was made for it yet. */
    public boolean isUnresolved(String name) {
        return matcher.match(name).isEmpty() && !resolutions.containsKey(name);
    }

    /** Validates and stores the plan with the choices made; {@code onSaved} gets the new plan's id. */
    public void save(LongConsumer onSaved) {
        if (draft == null) {
            return;
        }
        PlanDraft confirmed;
        try {
            confirmed = confirmedDraft();
        } catch (UserError e) {
            message.set(e.getMessage());
            return;
        }
        Map<String, UnitResolution> choices = usedResolutions(confirmed);
        executor.executeWrite(BackgroundTask.wrap(() -> service.importReviewed(confirmed, choices))
                .onRunning(() -> busy.set(true))
                .onSuccess(id -> {
                    message.set("");
                    loaded.set(false);
                    onSaved.accept(id);
                })
                .onFailure(e -> {
                    if (e instanceof ValidationError v) {
                        showProblems(v);
                    }
                    message.set(UserMessages.of(e));
                })
                .onFinished(() -> busy.set(false)));
    }

    /** Leaves the review; nothing was stored. */
    public void discard() {
        draft = null;
        items.clear();
        sourceLines.clear();
        unknownUnits.clear();
        selectedUnknownUnits.clear();
        resolutions.clear();
        loaded.set(false);
        message.set("");
    }

    /** The draft as the user left it: edits applied, items not to import left out (with headings left empty). */
    PlanDraft confirmedDraft() {
        titleError.set(title.get().isBlank() ? Texts.get("plan.review.titleRequired") : "");
        Integer y = parsedYear();
        yearError.set(y == null ? Texts.get("plan.review.yearRequired") : "");
        if (!titleError.get().isEmpty() || !yearError.get().isEmpty()) {
            throw new UserError(Texts.get("plan.review.fixFields"));
        }
        boolean[] keep = new boolean[items.size()];
        for (int i = items.size() - 1; i >= 0; i--) {
            ReviewItem item = items.get(i);
            if (!item.heading()) {
                keep[i] = item.includedProperty().get();
            }
            if (keep[i] && item.parent() >= 0) {
                keep[item.parent()] = true;
            }
        }
        List<PlanDraft.Item> out = new ArrayList<>();
        int[] newIndex = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (!keep[i]) {
                newIndex[i] = -1;
                continue;
            }
            ReviewItem r = items.get(i);
            newIndex[i] = out.size();
            List<PlanDraft.Unit> units = new ArrayList<>();
            r.leadNames().forEach(n -> units.add(unit(UnitRole.LEAD, n)));
            r.responsibleNames().forEach(n -> units.add(unit(UnitRole.RESPONSIBLE, n)));
            String phrase = r.deadlineProperty().get() == null || r.deadlineProperty().get().isBlank() ? null : r.deadlineProperty().get().strip();
            out.add(new PlanDraft.Item(r.parent() < 0 ? -1 : newIndex[r.parent()], r.path(), r.heading(), r.textProperty().get().strip(),
                    units, phrase, r.dueDateProperty().get(), r.kindProperty().get(), r.recurrenceProperty().get(), r.targets(),
                    r.sourceStart(), r.sourceEnd()));
        }
        return new PlanDraft(title.get().strip(), blankToNull(issuer.get()), blankToNull(docNumber.get()), y, draft.sourceFileName(),
                draft.sourceText(), out);
    }

    private PlanDraft.Unit unit(UnitRole role, String name) {
        return new PlanDraft.Unit(role, name, matcher.match(name).map(Unit::id).orElse(null));
    }

    private Map<String, UnitResolution> usedResolutions(PlanDraft d) {
        LinkedHashSet<String> used = new LinkedHashSet<>();
        d.items().forEach(i -> i.units().forEach(u -> used.add(u.nameWritten())));
        Map<String, UnitResolution> out = new LinkedHashMap<>();
        resolutions.forEach((name, r) -> {
            if (used.contains(name)) {
                out.put(name, r);
            }
        });
        return out;
    }

    private void showProblems(ValidationError v) {
        for (ValidationError.Problem p : v.problems()) {
            if (p.field().equals("title")) {
                titleError.set(p.message());
            } else if (p.field().equals("year")) {
                yearError.set(p.message());
            }
        }
    }

    private Integer parsedYear() {
        String y = year.get() == null ? "" : DateInput.toHalfWidth(year.get()).strip();
        if (!y.matches("\\d{4}")) {
            return null;
        }
        int v = Integer.parseInt(y);
        return v >= 2000 && v <= 2100 ? v : null;
    }

    private void redateAll() {
        Integer y = parsedYear();
        yearError.set(year.get() == null || year.get().isBlank() || y != null ? "" : Texts.get("plan.review.yearInvalid"));
        for (ReviewItem item : items) {
            redate(item, y);
        }
    }

    private void redate(ReviewItem item, Integer y) {
        List<Deadline> deadlines = PlanParser.readDeadlines(item.deadlineProperty().get(), y);
        item.kindProperty().set(PlanItem.kindOf(deadlines));
        item.recurrenceProperty().set(deadlines.stream().map(Deadline::recurrence).filter(r -> r != null).findFirst().orElse(null));
        if (!item.dueDateTypedProperty().get()) {
            item.dueDateProperty().set(PlanItem.dueDateOf(deadlines));
        }
    }

    private void refreshUnknown() {
        Map<String, UnknownUnit> found = new LinkedHashMap<>();
        for (ReviewItem item : items) {
            for (String name : item.unitNames()) {
                if (matcher.match(name).isEmpty() && !found.containsKey(name)) {
                    found.put(name, new UnknownUnit(name, matcher.suggest(name, 3), resolutions.get(name), linkedNames.get(name)));
                }
            }
        }
        unknownUnits.setAll(found.values());
        refreshSelectedUnknown();
        refreshSummary();
    }

    private void refreshSelectedUnknown() {
        ReviewItem item = selected.get();
        if (item == null) {
            selectedUnknownUnits.clear();
            return;
        }
        List<String> names = item.unitNames();
        selectedUnknownUnits.setAll(unknownUnits.stream().filter(u -> names.contains(u.written())).toList());
    }

    private void refreshSummary() {
        long tasks = items.stream().filter(i -> !i.heading() && i.includedProperty().get()).count();
        long unresolved = unknownUnits.stream().filter(u -> u.resolution() == null).count();
        summary.set(Texts.get("plan.review.summary", tasks, unknownUnits.size(), unresolved));
        saveText.set(Texts.get("plan.review.save", tasks));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
