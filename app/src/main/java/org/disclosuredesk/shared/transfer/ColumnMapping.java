// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosuredesk.shared.Json;
import org.disclosuredesk.shared.UserError;

/**
 * Which sheet column (by its heading text, not its position, so a remembered mapping still fits when the
 * office adds a column) feeds which field of one import. Guessed from the headings, adjusted by hand,
 * remembered as JSON for the next import of the same kind of file. Every field has one column at most;
 * a guess gives a column one field, a hand-made choice may give one column to two fields (the request log's
 * 提交日期 and 收到日期 are often the same column). See decision 0011.
 */
public final class ColumnMapping<F extends Enum<F> & SheetField> {

    /** The two shapes of a mapping file the features have documented (both read and written as they were). */
    public enum FileShape {
        /** {@code {"文件标题": "title"}}: sheet heading → field (the register's). */
        HEADING_TO_FIELD,
        /** {@code {"申请人": "姓名"}}: field → sheet heading (the request log's). */
        FIELD_TO_HEADING
    }

    private final Class<F> type;
    private final Map<F, String> byField;

    private ColumnMapping(Class<F> type, Map<F, String> byField) {
        this.type = type;
        this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static <F extends Enum<F> & SheetField> ColumnMapping<F> empty(Class<F> type) {
        return new ColumnMapping<>(type, Map.of());
    }

    /** A mapping as given, field → heading. */
    public static <F extends Enum<F> & SheetField> ColumnMapping<F> of(Class<F> type, Map<F, String> byField) {
        return new ColumnMapping<>(type, byField);
    }

    /** The likely mapping for these headings, by name: each heading feeds the field it names, if that field has none yet. */
    public static <F extends Enum<F> & SheetField> ColumnMapping<F> guess(Class<F> type, List<String> headings) {
        return guess(headings, empty(type));
    }

    /**
     * The mapping for these headings: where a heading of the remembered (or given) mapping is in the file it keeps
     * its fields, the other headings are matched by name; a guessed field takes the first heading naming it.
     */
    public static <F extends Enum<F> & SheetField> ColumnMapping<F> guess(List<String> headings, ColumnMapping<F> remembered) {
        Map<F, String> map = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String h : headings) {
            remembered.byField.forEach((field, heading) -> {
                if (heading.equals(h) && !map.containsKey(field)) {
                    map.put(field, h);
                    taken.add(h);
                }
            });
        }
        for (String h : headings) {
            if (!taken.contains(h)) {
                SheetField.named(remembered.type, h).filter(f -> !map.containsKey(f)).ifPresent(f -> {
                    map.put(f, h);
                    taken.add(h);
                });
            }
        }
        return new ColumnMapping<>(remembered.type, map);
    }

    /** The field the column with this heading feeds (the first, if a hand-made choice gave it two). */
    public Optional<F> column(String heading) {
        return byField.entrySet().stream().filter(e -> e.getValue().equals(heading)).map(Map.Entry::getKey).findFirst();
    }

    /** The heading of the column that feeds this field. */
    public Optional<String> heading(F field) {
        return Optional.ofNullable(byField.get(field));
    }

    public Map<F, String> byField() {
        return byField;
    }

    /** Heading → field, in the mapping's order. */
    public Map<String, F> byHeading() {
        Map<String, F> m = new LinkedHashMap<>();
        byField.forEach((field, heading) -> m.putIfAbsent(heading, field));
        return Collections.unmodifiableMap(m);
    }

    /** Chosen per field: {@code field} is read from the column {@code heading} (blank or null: from none). */
    public ColumnMapping<F> with(F field, String heading) {
        Map<F, String> m = new LinkedHashMap<>(byField);
        if (heading == null || heading.isBlank()) {
            m.remove(field);
        } else {
            m.put(field, heading);
        }
        return new ColumnMapping<>(type, m);
    }

    /** Chosen per column: the column {@code heading} feeds {@code field} only (null: nothing), and is that field's only column. */
    public ColumnMapping<F> withHeading(String heading, F field) {
        Map<F, String> m = new LinkedHashMap<>(byField);
        m.values().removeIf(h -> h.equals(heading));
        if (field != null) {
            m.remove(field);
            m.put(field, heading);
        }
        return new ColumnMapping<>(type, m);
    }

    /** The headings of the required fields without a column, in declaration order (to name them to the user). */
    public List<String> missingRequired() {
        return Arrays.stream(type.getEnumConstants()).filter(f -> f.required() && !byField.containsKey(f)).map(SheetField::heading)
                .collect(Collectors.toList());
    }

    public String toJson(FileShape shape) {
        Map<String, String> m = new LinkedHashMap<>();
        if (shape == FileShape.HEADING_TO_FIELD) {
            byField.forEach((field, heading) -> m.putIfAbsent(heading, field.key()));
        } else {
            for (F f : type.getEnumConstants()) {
                heading(f).ifPresent(h -> m.put(f.key(), h));
            }
        }
        try {
            return Json.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a mapping file of that shape. A field is named by its key, heading or an alias; a name that is no field
     * is refused naming the ones there are; an entry with a blank heading or field is left out. {@code example}
     * shows the shape in the message for a file that is not JSON.
     */
    public static <F extends Enum<F> & SheetField> ColumnMapping<F> fromJson(Class<F> type, String json, FileShape shape,
            String source, String example) {
        Map<String, String> raw;
        try {
            raw = Json.mapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new UserError("列对应文件“" + source + "”不是有效的 JSON，例如 " + example + "。", e);
        }
        Map<F, String> map = new LinkedHashMap<>();
        raw.forEach((left, right) -> {
            String name = shape == FileShape.HEADING_TO_FIELD ? right : left;
            String heading = shape == FileShape.HEADING_TO_FIELD ? left : right;
            if (name == null || name.isBlank() || heading == null || heading.isBlank()) {
                return;
            }
            F field = SheetField.named(type, name).orElseThrow(() -> new UserError("列对应文件“" + source + "”中的“" + name
                    + "”不是可导入的项目。可用：" + known(type) + "。"));
            map.put(field, heading);
        });
        return new ColumnMapping<>(type, map);
    }

    private static <F extends Enum<F> & SheetField> String known(Class<F> type) {
        return Arrays.stream(type.getEnumConstants()).map(f -> f.key() + "（" + f.heading() + "）").collect(Collectors.joining("、"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping<?> other && type == other.type && byField.equals(other.byField);
    }

    @Override
    public int hashCode() {
        return byField.hashCode();
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
