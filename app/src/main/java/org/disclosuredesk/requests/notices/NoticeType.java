// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.law.ResultRow;

/**
 * A notice with its own template: a kind, and for a reply the result row it answers with (each row of
 * table 三 has its own text and article). {@code code} is what the database and the settings store.
 */
public record NoticeType(NoticeKind kind, ResultRow row) {

    public NoticeType {
        if ((kind == NoticeKind.REPLY) != (row != null)) {
            throw new IllegalArgumentException("A reply notice needs its result row, other notices none: " + kind + " " + row);
        }
    }

    public static NoticeType of(NoticeKind kind) {
        return new NoticeType(kind, null);
    }

    public static NoticeType reply(ResultRow row) {
        return new NoticeType(NoticeKind.REPLY, row);
    }

    public String code() {
        return row == null ? kind.name() : kind.name() + "-" + row.code();
    }

    /** How a list names it: 补正告知书, or 答复告知书：（三）不予公开 1.属于国家秘密. */
    public String label() {
        return row == null ? kind.shortLabel() : kind.shortLabel() + "：" + row.fullLabel();
    }

    /** For a narrow list: 补正告知书, or 答复 3.1 属于国家秘密 (the row's code and its own words). */
    public String shortLabel() {
        if (row == null) {
            return kind.shortLabel();
        }
        String words = row.itemLabel() == null ? row.group().label().substring(3) : row.itemLabel().replaceFirst("^\\d+\\.", "");
        return "答复 " + row.code() + " " + words;
    }

    /** Every notice type, in the order the settings list them. */
    public static List<NoticeType> all() {
        List<NoticeType> all = new ArrayList<>();
        Arrays.stream(NoticeKind.values()).filter(k -> k != NoticeKind.REPLY).forEach(k -> all.add(of(k)));
        Arrays.stream(ResultRow.values()).forEach(r -> all.add(reply(r)));
        return all;
    }

    public static Optional<NoticeType> fromCode(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
