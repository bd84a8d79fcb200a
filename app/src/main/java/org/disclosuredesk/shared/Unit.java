// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.List;

/** A 处室/科室/单位 of the units directory with the other names plans use for it. */
public record Unit(long id, String name, UnitKind kind, boolean active, List<String> aliases) {

    public Unit {
        aliases = List.copyOf(aliases);
    }
}
