// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.List;

/** Everything the detail view shows: the request, its clock, the steps legal now, warnings, linked cases. */
public record RequestDetail(RequestView view, List<EventKind> nextSteps, List<String> warnings,
        List<RequestEvent> pendingConsultations, List<ReviewCase> reviewCases) {

    public Request request() {
        return view.request();
    }
}
