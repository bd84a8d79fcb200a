// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of office reports to the county, and by when its report on year N is due.
 * 条例第五十条: 县级以上人民政府部门 submit theirs by 1月31日 of N+1, the county government publishes its own
 * by 3月31日. Townships are held to 1月31日 as county offices require it (they report into the county's).
 */
public enum OfficeKind {
    DEPARTMENT("县直部门", MonthDay.of(1, 31)),
    TOWNSHIP("乡镇（街道）", MonthDay.of(1, 31)),
    COUNTY_GOVERNMENT("县人民政府", MonthDay.of(3, 31));

    private final String label;
    private final MonthDay dueInNextYear;

    OfficeKind(String label, MonthDay dueInNextYear) {
        this.label = label;
        this.dueInNextYear = dueInNextYear;
    }

    public String label() {
        return label;
    }

    /** The last day for the report on {@code year}. */
    public LocalDate dueFor(int year) {
        return dueInNextYear.atYear(year + 1);
    }

    /** Accepts the code or the label, and the few words offices write in their lists. */
    public static Optional<OfficeKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<OfficeKind> exact = Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        if (t.contains("乡") || t.contains("镇") || t.contains("街道")) {
            return Optional.of(TOWNSHIP);
        }
        if (t.contains("县政府") || t.contains("县人民政府") || t.contains("本级政府")) {
            return Optional.of(COUNTY_GOVERNMENT);
        }
        if (t.contains("部门") || t.contains("县直") || t.contains("单位")) {
            return Optional.of(DEPARTMENT);
        }
        return Optional.empty();
    }
}
