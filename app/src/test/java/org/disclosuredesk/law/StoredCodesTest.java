// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.register.SecrecyResult;
import org.disclosuredesk.requests.IdType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CHECK lists of the migrated schema hold exactly the enums' codes (decision 0008): a constant added,
 * renamed or removed without its migration fails here, not in an office's database.
 */
class StoredCodesTest {

    @TempDir
    static Path dir;

    private static Database db;

    @BeforeAll
    static void open() {
        db = Database.open(dir.resolve("codes.db"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                Arguments.of("request", "applicant_kind", codes(ApplicantKind.values(), ApplicantKind::code)),
                Arguments.of("request", "id_type", codes(IdType.values(), IdType::code)),
                Arguments.of("request", "channel", codes(RequestChannel.values(), RequestChannel::code)),
                Arguments.of("request", "result_code", codes(ResultRow.values(), ResultRow::code)),
                Arguments.of("document", "disclosure_attribute", codes(DisclosureAttribute.values(), DisclosureAttribute::code)),
                Arguments.of("document", "doc_type", codes(DocType.values(), DocType::code)),
                Arguments.of("document", "validity", codes(Validity.values(), Validity::code)),
                Arguments.of("document", "secrecy_result", codes(SecrecyResult.values(), SecrecyResult::code)),
                Arguments.of("review_case", "kind", codes(ReviewKind.values(), ReviewKind::code)),
                Arguments.of("review_case", "result", codes(ReviewResult.values(), ReviewResult::code)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("columns")
    void the_check_list_is_the_enums_codes(String table, String column, Set<String> codes) {
        assertEquals(codes, checkList(table, column));
    }

    private static <E> Set<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The quoted values of the first {@code IN (…)} after the column's definition in the table's CREATE statement. */
    private static Set<String> checkList(String table, String column) {
        String sql = (String) db.dsl().fetchValue("select sql from sqlite_schema where type = 'table' and name = ?", table);
        Matcher definition = Pattern.compile("\\n\\s*" + column + "\\s+TEXT\\b").matcher(sql);
        if (!definition.find()) {
            throw new AssertionError(table + "." + column + " not found in " + sql);
        }
        int in = sql.indexOf("IN (", definition.end());
        String list = sql.substring(in + 4, sql.indexOf(')', in));
        Set<String> values = new TreeSet<>();
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(list);
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        return values;
    }
}
