// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.disclosuredesk.law.ResultRow;

/**
 * Which requests a table-三 row counts, for year N (req~report.requests-rows~1):
 * <ul>
 * <li>{@link Kind#NEW_RECEIVED} 一: date of receipt in N;</li>
 * <li>{@link Kind#CARRIED_IN} 二: received before 1 January N and not decided before 1 January N;</li>
 * <li>{@link Kind#RESULTS} a result row: decided in N with one of {@link #results()};</li>
 * <li>{@link Kind#ALL_RESULTS} （七）总计: decided in N;</li>
 * <li>{@link Kind#CARRIED_OUT} 四: received by 31 December N and not decided by 31 December N.</li>
 * </ul>
 */
public record RequestSelector(Kind kind, Set<ResultRow> results) {

    public enum Kind { NEW_RECEIVED, CARRIED_IN, RESULTS, ALL_RESULTS, CARRIED_OUT }

    public RequestSelector {
        Objects.requireNonNull(kind);
        results = results.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(results));
        if ((kind == Kind.RESULTS) == results.isEmpty()) {
            throw new IllegalArgumentException("RESULTS needs result rows, other kinds none");
        }
    }

    public static RequestSelector of(Kind kind) {
        return new RequestSelector(kind, Set.of());
    }

    public static RequestSelector results(Set<ResultRow> rows) {
        return new RequestSelector(Kind.RESULTS, rows);
    }
}
