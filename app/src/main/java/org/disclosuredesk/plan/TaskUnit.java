// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/**
 * A unit named for a task: as the plan wrote it, in its role, and the directory unit it was linked to
 * when the user confirmed the import ({@code unitId}/{@code unitName} null when not linked).
 */
public record TaskUnit(UnitRole role, String nameWritten, Long unitId, String unitName) {

    /** The name to count by: the directory's name when linked, else the name as written. */
    public String countedName() {
        return unitName != null ? unitName : nameWritten;
    }
}
