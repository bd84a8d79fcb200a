// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.List;

/** When one numbered item holds several responsibility notes: the text one note covers, and its units. */
public record TaskPart(String text, List<String> leadUnits, List<String> responsibleUnits) {

    public TaskPart {
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
    }
}
