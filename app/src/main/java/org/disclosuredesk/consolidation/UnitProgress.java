// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

/** How far one responsible unit's plan tasks got: tasks that apply to it and those done. */
public record UnitProgress(String unit, int tasks, int done) {

    public int percent() {
        return tasks <= 0 ? 100 : (int) Math.floor(100.0 * done / tasks);
    }
}
