// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.List;

/** The records behind a figure: how many there are, and the first of them in date order. */
public record EvidenceList(long total, List<Evidence> items) {

    public EvidenceList {
        items = List.copyOf(items);
    }

    public static EvidenceList of(List<Evidence> items) {
        return new EvidenceList(items.size(), items);
    }

    public boolean complete() {
        return total == items.size();
    }
}
