// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.Collection;

/** Completion as offices count it: done tasks among those that apply (不适用 tasks are left out). */
public record Completion(int done, int applicable) {

    public static Completion of(Collection<TrackedTask> tasks) {
        int done = 0;
        int applicable = 0;
        for (TrackedTask t : tasks) {
            if (t.heading() || t.status() == TaskStatus.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            if (t.status() == TaskStatus.DONE) {
                done++;
            }
        }
        return new Completion(done, applicable);
    }

    public int percent() {
        return percent(done, applicable);
    }

    static int percent(int done, int applicable) {
        return applicable <= 0 ? 100 : (int) Math.floor(100.0 * done / applicable);
    }
}
