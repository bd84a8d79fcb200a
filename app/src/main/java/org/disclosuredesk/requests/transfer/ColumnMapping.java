// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosuredesk.shared.UserError;

/**
 * Which column title holds which field. Guessed from the titles, adjusted once by the user, and
 * remembered (as JSON in the app settings) for the next import of the same kind of file.
 */
public record ColumnMapping(Map<ImportField, String> columns) {

    public static final String SETTINGS_KEY = "requests.import.mapping";
    private static final ObjectMapper JSON = new ObjectMapper();

    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** The likely mapping for these titles: each field takes the first title it matches. */
    public static ColumnMapping guess(List<String> headers) {
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            headers.stream().filter(h -> !m.containsValue(h) && field.matches(h)).findFirst().ifPresent(h -> m.put(field, h));
        }
        return new ColumnMapping(m);
    }

    /** The remembered mapping where its titles exist in this file, the guess for the other fields. */
    public ColumnMapping over(ColumnMapping guess, List<String> headers) {
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        m.putAll(guess.columns);
        columns.forEach((field, header) -> {
            if (headers.contains(header)) {
                m.put(field, header);
            }
        });
        return new ColumnMapping(m);
    }

    public Optional<String> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public ColumnMapping with(ImportField field, String header) {
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        m.putAll(columns);
        if (header == null || header.isBlank()) {
            m.remove(field);
        } else {
            m.put(field, header);
        }
        return new ColumnMapping(m);
    }

    /** Required fields without a column, by label. */
    public List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            if (f.isRequired() && !columns.containsKey(f)) {
                missing.add(f.label());
            }
        }
        return missing;
    }

    public String toJson() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ImportField f : ImportField.values()) {
            column(f).ifPresent(h -> m.put(f.name(), h));
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {"APPLICANT_NAME": "姓名"} or {"申请人": "姓名"}; unknown field names are refused by name. */
    public static ColumnMapping fromJson(String json) {
        Map<String, String> raw;
        try {
            raw = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new UserError("列对应文件不是有效的 JSON：应形如 {\"申请人\": \"姓名\", \"收到申请日期\": \"收件日期\"}。", e);
        }
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        for (Map.Entry<String, String> e : raw.entrySet()) {
            ImportField field = ImportField.named(e.getKey()).orElseThrow(() -> new UserError("列对应文件中的“" + e.getKey()
                    + "”不是可导入的项目。可用：" + String.join("、", labels()) + "。"));
            m.put(field, e.getValue());
        }
        return new ColumnMapping(m);
    }

    private static List<String> labels() {
        List<String> l = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            l.add(f.label());
        }
        return l;
    }
}
