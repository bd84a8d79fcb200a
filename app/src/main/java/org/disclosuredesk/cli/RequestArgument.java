// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.shared.UserError;

/** A request named on the command line: its internal id N, or its 登记号 (依申请〔2025〕第12号). */
final class RequestArgument {

    private static final Pattern YEAR = Pattern.compile("〔(\\d{4})〕");

    private RequestArgument() {
    }

    /** A number is the internal id; anything else is looked up as a registration number in its year. */
    static long resolve(AppContext ctx, String text, String option) {
        String t = text.trim();
        if (t.matches("\\d+")) {
            return Long.parseLong(t);
        }
        Matcher year = YEAR.matcher(t);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return ctx.requests().ledger(y).stream().map(v -> v.request()).filter(r -> r.number().text().equals(t))
                    .map(r -> r.id()).findFirst()
                    .orElseThrow(() -> new UserError("找不到登记号为“" + t + "”的申请。"));
        }
        throw new UserError(option + " 应为申请的内部编号或登记号（如 依申请〔2025〕第12号），不是“" + t + "”。");
    }
}
