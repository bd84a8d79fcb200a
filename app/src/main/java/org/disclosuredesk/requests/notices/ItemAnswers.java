// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.util.List;

/**
 * What a reply says of a split application's items (一事一申请, req~items.counting~1): the items it answers,
 * one line each with its result, and the numbers of the items answered by the application's other replies
 * (each result has its own reply: its reasons, its article, its remedies). Empty for an application not split.
 */
public record ItemAnswers(List<String> answered, List<Integer> answeredElsewhere) {

    public static final ItemAnswers NONE = new ItemAnswers(List.of(), List.of());

    public ItemAnswers {
        answered = List.copyOf(answered);
        answeredElsewhere = List.copyOf(answeredElsewhere);
    }

    public boolean isEmpty() {
        return answered.isEmpty();
    }
}
