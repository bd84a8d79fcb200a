// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.util.List;

/** The sending office's plan tasks of the year in figures: all tasks that apply, done, and per unit. */
public record PlanProgress(int tasks, int done, List<UnitProgress> byUnit) {

    public static final PlanProgress NONE = new PlanProgress(0, 0, List.of());

    public PlanProgress {
        byUnit = List.copyOf(byUnit);
    }

    public int percent() {
        return tasks <= 0 ? 100 : (int) Math.floor(100.0 * done / tasks);
    }
}
