// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosuredesk.shared.UserError;

/**
 * Which spreadsheet heading feeds which register column. Kept by heading text (not position) so a
 * remembered mapping still fits when the office adds a column to its ledger. Stored as JSON:
 * {@code {"文件标题": "title", "印发日期": "written_on"}}; a value may also be the column's heading.
 */
public final class ColumnMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, RegisterColumn> byHeading;

    public ColumnMapping(Map<String, RegisterColumn> byHeading) {
        this.byHeading = Collections.unmodifiableMap(new LinkedHashMap<>(byHeading));
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /**
     * The mapping for these headings: a heading the remembered mapping knows keeps its column, the others
     * are matched by name; a column is fed by one heading at most.
     */
    public static ColumnMapping guess(List<String> headings, ColumnMapping remembered) {
        Map<String, RegisterColumn> map = new LinkedHashMap<>();
        Set<RegisterColumn> used = EnumSet.noneOf(RegisterColumn.class);
        for (String h : headings) {
            RegisterColumn c = remembered.byHeading.get(h);
            if (c != null && used.add(c)) {
                map.put(h, c);
            }
        }
        for (String h : headings) {
            if (!map.containsKey(h)) {
                RegisterColumn.forHeading(h).filter(used::add).ifPresent(c -> map.put(h, c));
            }
        }
        return new ColumnMapping(map);
    }

    public Optional<RegisterColumn> column(String heading) {
        return Optional.ofNullable(byHeading.get(heading));
    }

    public Map<String, RegisterColumn> byHeading() {
        return byHeading;
    }

    public ColumnMapping with(String heading, RegisterColumn column) {
        Map<String, RegisterColumn> map = new LinkedHashMap<>(byHeading);
        map.values().removeIf(c -> c == column);
        if (column == null) {
            map.remove(heading);
        } else {
            map.put(heading, column);
        }
        return new ColumnMapping(map);
    }

    public String toJson() {
        Map<String, String> m = new LinkedHashMap<>();
        byHeading.forEach((h, c) -> m.put(h, c.key()));
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ColumnMapping fromJson(String json, String source) {
        Map<String, String> m;
        try {
            m = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new UserError("列对应文件“" + source + "”不是有效的 JSON，例如 {\"文件标题\": \"title\", \"印发日期\": \"written_on\"}。", e);
        }
        Map<String, RegisterColumn> map = new LinkedHashMap<>();
        m.forEach((heading, column) -> {
            if (column == null || column.isBlank()) {
                return;
            }
            RegisterColumn c = RegisterColumn.forHeading(column).orElseThrow(() -> new UserError("列对应文件“" + source
                    + "”中“" + heading + "”对应的“" + column + "”不是台账的列。可用：" + known() + "。"));
            map.put(heading, c);
        });
        return new ColumnMapping(map);
    }

    private static String known() {
        StringBuilder sb = new StringBuilder();
        for (RegisterColumn c : RegisterColumn.values()) {
            sb.append(sb.length() == 0 ? "" : "、").append(c.key()).append("（").append(c.heading()).append("）");
        }
        return sb.toString();
    }
}
