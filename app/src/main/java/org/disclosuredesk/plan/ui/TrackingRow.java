// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import org.disclosuredesk.plan.TrackedTask;

/** A row of a tracking tree: a group (a unit, a month) with its figure, or a task. */
public record TrackingRow(String group, String figure, TrackedTask task) {

    static TrackingRow group(String name, String figure) {
        return new TrackingRow(name, figure, null);
    }

    static TrackingRow of(TrackedTask task) {
        return new TrackingRow(null, null, task);
    }

    boolean isGroup() {
        return task == null;
    }
}
