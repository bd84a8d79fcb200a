// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/** How a plan names a unit for a task: 牵头 (leads it) or 责任/配合/负责落实 (carries it out). */
public enum UnitRole {
    LEAD("牵头单位"),
    RESPONSIBLE("责任单位");

    private final String label;

    UnitRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
