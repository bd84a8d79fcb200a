// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/**
 * What the user chose in the review for a unit name the directory does not know: link it to an
 * existing unit (and remember the name as that unit's alias), or add it to the directory as a unit.
 */
public record UnitResolution(Choice choice, Long unitId, boolean rememberAlias) {

    public enum Choice { LINK, ADD }

    public static UnitResolution link(long unitId, boolean rememberAlias) {
        return new UnitResolution(Choice.LINK, unitId, rememberAlias);
    }

    public static UnitResolution add() {
        return new UnitResolution(Choice.ADD, null, false);
    }
}
