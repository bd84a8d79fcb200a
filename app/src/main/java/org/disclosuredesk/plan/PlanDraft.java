// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosuredesk.shared.UnitMatcher;

/**
 * A plan as the user confirms it for storing: what the parser read, with any corrections made in the
 * review. Units keep the name as written; {@code unitId} is the directory unit they are linked to.
 */
public record PlanDraft(String title, String issuer, String docNumber, Integer year, String sourceFileName, String sourceText,
        List<Item> items) {

    public PlanDraft {
        items = List.copyOf(items);
    }

    /** One item; {@code parent} indexes {@link #items()} (-1 for none). */
    /** {@code sourceStart}/{@code sourceEnd} locate the item in {@link #sourceText()} (for the review). */
    public record Item(int parent, List<String> path, boolean heading, String text, List<Unit> units, String deadlinePhrase,
            LocalDate dueDate, DeadlineKind deadlineKind, Recurrence recurrence, List<Target> targets, int sourceStart, int sourceEnd,
            Set<Doubt> doubts) {

        public Item {
            path = List.copyOf(path);
            units = List.copyOf(units);
            targets = List.copyOf(targets);
            doubts = Set.copyOf(doubts);
        }

        /** An item the clerk typed or corrected: nothing in it is a guess. */
        public Item(int parent, List<String> path, boolean heading, String text, List<Unit> units, String deadlinePhrase,
                LocalDate dueDate, DeadlineKind deadlineKind, Recurrence recurrence, List<Target> targets, int sourceStart, int sourceEnd) {
            this(parent, path, heading, text, units, deadlinePhrase, dueDate, deadlineKind, recurrence, targets, sourceStart, sourceEnd, Set.of());
        }
    }

    /** A unit named for an item, and its link to the directory (null: not linked). */
    public record Unit(UnitRole role, String nameWritten, Long unitId) {
    }

    /** The parser's result with exact directory matches linked (name or alias); nothing else is guessed. */
    public static PlanDraft of(ParsedPlan plan, UnitMatcher matcher) {
        List<Item> items = new ArrayList<>();
        for (PlanItem i : plan.items()) {
            List<Unit> units = new ArrayList<>();
            for (String name : i.leadUnits()) {
                units.add(new Unit(UnitRole.LEAD, name, matcher.match(name).map(org.disclosuredesk.shared.Unit::id).orElse(null)));
            }
            for (String name : i.responsibleUnits()) {
                units.add(new Unit(UnitRole.RESPONSIBLE, name, matcher.match(name).map(org.disclosuredesk.shared.Unit::id).orElse(null)));
            }
            String phrase = String.join("；", i.deadlines().stream().map(Deadline::phrase).toList());
            items.add(new Item(i.parent(), i.path(), i.heading(), i.text(), units, phrase.isEmpty() ? null : phrase,
                    i.dueDate(), i.deadlineKind(), i.recurrence(), i.targets(), i.sourceStart(), i.sourceEnd(), i.doubts()));
        }
        return new PlanDraft(plan.title(), plan.issuer(), plan.docNumber(), plan.year(), plan.sourceName(), plan.sourceText(), items);
    }

    public PlanDraft withTitle(String newTitle) {
        return new PlanDraft(newTitle, issuer, docNumber, year, sourceFileName, sourceText, items);
    }

    public long taskCount() {
        return items.stream().filter(i -> !i.heading()).count();
    }
}
