// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.shared.StoredDateRange;
import org.disclosuredesk.shared.ValidationError;

/**
 * Every date of a step (补正, 延期, 征求意见, 收费, 答复…: the step's day, its limit, the day the applicant was told)
 * lies in the ledgers' 2000–2100 range (issue 14, item 12): checked before the step's defaults are worked out on
 * the calendar, so a mistyped year is a field error under that field, whether it came from the form or the CLI.
 */
final class StepDates {

    private StepDates() {
    }

    static void requireInRange(RequestEvent e) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        String what = e.kind() == null ? "办理记录" : e.kind().label();
        StoredDateRange.check(problems, "on", what + "日期", e.on(), "dueOn", what + "的期限", e.dueOn(),
                "toldOn", "告知申请人日期", e.toldOn());
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }
}
