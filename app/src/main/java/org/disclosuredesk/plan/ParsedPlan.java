// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.List;

/**
 * A plan as read from a document, before anything is stored: its title, issuing organ, document
 * number and year (each null when the document does not give it), and its items in document order.
 * {@code sourceText} is the document as plain text, the review screen shows it beside the tasks.
 */
public record ParsedPlan(
        String title,
        String issuer,
        String docNumber,
        Integer year,
        List<PlanItem> items,
        String sourceName,
        String sourceText) {

    public ParsedPlan {
        items = List.copyOf(items);
    }

    /** The tasks only (items that are not headings), in order. */
    public List<PlanItem> tasks() {
        return items.stream().filter(i -> !i.heading()).toList();
    }
}
