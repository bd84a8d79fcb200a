// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.List;

/** A 处室/科室/单位 of the units directory with the other names plans use for it. */
public record Unit(long id, String name, String kind, boolean active, List<String> aliases) {

    /** The kinds the directory knows (stored verbatim in {@code unit.kind}). */
    public static final List<String> KINDS = List.of("处室", "科室", "单位", "其他");

    public Unit {
        aliases = List.copyOf(aliases);
    }
}
