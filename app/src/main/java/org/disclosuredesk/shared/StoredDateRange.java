// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every date the ledgers store lies between 2000-01-01 and 2100-12-31 (the schema's CHECK): a date outside
 * is a field error naming the field (issue 14, item 12), caught in the service before the database's
 * constraint would turn it into 「意外错误」. One rule for every service; imports call it too.
 */
public final class StoredDateRange {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private StoredDateRange() {
    }

    /** The problem with {@code date} in {@code field} (shown as {@code label}), if it lies outside the range. */
    public static Optional<ValidationError.Problem> problem(String field, String label, LocalDate date) {
        if (date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST))) {
            return Optional.empty();
        }
        return Optional.of(new ValidationError.Problem(field, label + "（" + date + "）不在 2000 年至 2100 年之间，请检查是否输错了年份。"));
    }

    /** Adds the problem of each {@code field, label, date} triple to {@code problems}. */
    public static void check(List<ValidationError.Problem> problems, Object... fieldLabelDate) {
        for (int i = 0; i + 2 < fieldLabelDate.length; i += 3) {
            problem((String) fieldLabelDate[i], (String) fieldLabelDate[i + 1], (LocalDate) fieldLabelDate[i + 2]).ifPresent(problems::add);
        }
    }
}
