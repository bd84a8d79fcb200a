// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/** How often a recurring task or target comes round (stored verbatim in {@code plan_task.recurrence}). */
public enum Recurrence {
    WEEKLY("每周"),
    MONTHLY("每月"),
    QUARTERLY("每季度"),
    HALF_YEARLY("每半年"),
    YEARLY("每年");

    private final String label;

    Recurrence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
