// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a column of an office's spreadsheet can hold, for one import (the register's columns, the request
 * log's fields): the heading the export writes, so an exported sheet imports again unchanged; the other
 * headings real ledgers use; a stable key for mapping files and remembered mappings. Implemented by enums.
 */
public interface SheetField {

    String heading();

    List<String> aliases();

    /** Stable name in mapping files and remembered mappings. */
    String key();

    boolean required();

    /** True when a column titled {@code text} holds this field: its heading, an alias or its key, under the kit's one heading rule. */
    default boolean isNamed(String text) {
        return text != null && (Headings.same(heading(), text) || Headings.same(key(), text)
                || aliases().stream().anyMatch(a -> Headings.same(a, text)));
    }

    /** The field of {@code type} that {@code text} names, if any (the first in declaration order). */
    static <F extends Enum<F> & SheetField> Optional<F> named(Class<F> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(f -> f.isNamed(text)).findFirst();
    }
}
