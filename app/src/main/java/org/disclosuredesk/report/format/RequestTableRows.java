// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ResultRow;

/**
 * Builds the rows of table 三 from the law enums. A format may print a result group as one row
 * ({@code collapsed}: the 2019 format's （六）其他处理), which then counts every result of the group.
 * Row keys: {@code new}, {@code carried_in}, the result code ({@code 3.1}) or, for a collapsed group, the
 * group's number ({@code 6}), {@code total}, {@code carried_out}.
 */
public final class RequestTableRows {

    public static final String NEW_RECEIVED = "new";
    public static final String CARRIED_IN = "carried_in";
    public static final String RESULTS_TOTAL = "total";
    public static final String CARRIED_OUT = "carried_out";

    private RequestTableRows() {
    }

    public static List<RequestRowDef> build(Set<ResultGroup> collapsed) {
        List<RequestRowDef> rows = new ArrayList<>();
        rows.add(new RequestRowDef(NEW_RECEIVED, CommonLabels.NEW_RECEIVED, null, null,
                RequestSelector.of(RequestSelector.Kind.NEW_RECEIVED)));
        rows.add(new RequestRowDef(CARRIED_IN, CommonLabels.CARRIED_IN, null, null,
                RequestSelector.of(RequestSelector.Kind.CARRIED_IN)));
        for (Map.Entry<ResultGroup, List<ResultRow>> e : byGroup().entrySet()) {
            ResultGroup group = e.getKey();
            List<ResultRow> results = e.getValue();
            if (collapsed.contains(group) || results.size() == 1 && results.get(0).itemLabel() == null) {
                rows.add(new RequestRowDef(groupKey(group, results), CommonLabels.RESULTS, group.label(), null,
                        RequestSelector.results(EnumSet.copyOf(results))));
            } else {
                for (ResultRow result : results) {
                    rows.add(new RequestRowDef(result.code(), CommonLabels.RESULTS, group.label(), result.itemLabel(),
                            RequestSelector.results(EnumSet.of(result))));
                }
            }
        }
        rows.add(new RequestRowDef(RESULTS_TOTAL, CommonLabels.RESULTS, CommonLabels.RESULTS_TOTAL, null,
                RequestSelector.of(RequestSelector.Kind.ALL_RESULTS)));
        rows.add(new RequestRowDef(CARRIED_OUT, CommonLabels.CARRIED_OUT, null, null,
                RequestSelector.of(RequestSelector.Kind.CARRIED_OUT)));
        return rows;
    }

    /** The key of the row that holds {@code result} in a table built with these rows. */
    public static String rowKeyOf(List<RequestRowDef> rows, ResultRow result) {
        return rows.stream().filter(r -> r.isResult() && r.selector().results().contains(result))
                .map(RequestRowDef::key).findFirst()
                .orElseThrow(() -> new IllegalStateException("No row holds " + result));
    }

    private static String groupKey(ResultGroup group, List<ResultRow> results) {
        String code = results.get(0).code();
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    private static Map<ResultGroup, List<ResultRow>> byGroup() {
        Map<ResultGroup, List<ResultRow>> groups = new LinkedHashMap<>();
        for (ResultRow row : ResultRow.values()) {
            groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
