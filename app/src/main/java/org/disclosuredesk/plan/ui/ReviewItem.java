// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.disclosuredesk.plan.DeadlineKind;
import org.disclosuredesk.plan.Doubt;
import org.disclosuredesk.plan.PlanDraft;
import org.disclosuredesk.plan.PlanParser;
import org.disclosuredesk.plan.Recurrence;
import org.disclosuredesk.plan.Target;
import org.disclosuredesk.plan.UnitRole;

/** One item of the plan under review, editable: its text, units (as "、"-separated names) and time limit. */
public final class ReviewItem {

    private final int index;
    private final int parent;
    private final List<String> path;
    private final boolean heading;
    private final List<Target> targets;
    private final int sourceStart;
    private final int sourceEnd;
    private final StringProperty text = new SimpleStringProperty();
    private final StringProperty lead = new SimpleStringProperty();
    private final StringProperty responsible = new SimpleStringProperty();
    private final StringProperty deadline = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DeadlineKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Recurrence> recurrence = new SimpleObjectProperty<>();
    private final BooleanProperty dueDateTyped = new SimpleBooleanProperty();
    private final BooleanProperty included = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Set<Doubt>> doubts = new ReadOnlyObjectWrapper<>(Set.of());

    ReviewItem(int index, PlanDraft.Item item) {
        this.index = index;
        this.parent = item.parent();
        this.path = item.path();
        this.heading = item.heading();
        this.targets = item.targets();
        this.sourceStart = item.sourceStart();
        this.sourceEnd = item.sourceEnd();
        text.set(item.text());
        lead.set(names(item, UnitRole.LEAD));
        responsible.set(names(item, UnitRole.RESPONSIBLE));
        deadline.set(item.deadlinePhrase() == null ? "" : item.deadlinePhrase());
        dueDate.set(item.dueDate());
        kind.set(item.deadlineKind());
        recurrence.set(item.recurrence());
        doubts.set(Set.copyOf(item.doubts()));
        // What the clerk has edited is no longer the reader's guess.
        text.addListener((o, a, b) -> checked(Doubt.TEXT));
        lead.addListener((o, a, b) -> checked(Doubt.UNITS));
        responsible.addListener((o, a, b) -> checked(Doubt.UNITS));
        deadline.addListener((o, a, b) -> checked(Doubt.DEADLINE));
    }

    private void checked(Doubt d) {
        if (doubts.get().contains(d)) {
            EnumSet<Doubt> rest = EnumSet.copyOf(doubts.get());
            rest.remove(d);
            doubts.set(Set.copyOf(rest));
        }
    }

    private static String names(PlanDraft.Item item, UnitRole role) {
        return String.join("、", item.units().stream().filter(u -> u.role() == role).map(PlanDraft.Unit::nameWritten).toList());
    }

    public int index() { return index; }
    public int parent() { return parent; }
    public List<String> path() { return path; }
    public String label() { return String.join(" ", path); }
    public boolean heading() { return heading; }
    public List<Target> targets() { return targets; }
    public int sourceStart() { return sourceStart; }
    public int sourceEnd() { return sourceEnd; }
    public StringProperty textProperty() { return text; }
    public StringProperty leadProperty() { return lead; }
    public StringProperty responsibleProperty() { return responsible; }
    public StringProperty deadlineProperty() { return deadline; }
    public ObjectProperty<LocalDate> dueDateProperty() { return dueDate; }
    public ObjectProperty<DeadlineKind> kindProperty() { return kind; }
    public ObjectProperty<Recurrence> recurrenceProperty() { return recurrence; }
    /** The user typed the due date: a later change of the phrase or the year does not overwrite it. */
    public BooleanProperty dueDateTypedProperty() { return dueDateTyped; }
    public BooleanProperty includedProperty() { return included; }
    /** What in the item came from a weak guess of the reader and has not been edited since. */
    public ReadOnlyObjectProperty<Set<Doubt>> doubtsProperty() { return doubts.getReadOnlyProperty(); }

    public List<String> leadNames() {
        return PlanParser.splitUnits(lead.get());
    }

    public List<String> responsibleNames() {
        return PlanParser.splitUnits(responsible.get());
    }

    /** All unit names of the item, leads first. */
    public List<String> unitNames() {
        List<String> all = new ArrayList<>(leadNames());
        all.addAll(responsibleNames());
        return all;
    }
}
