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
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.register.SecrecyResult;
import org.disclosuredesk.requests.Consultee;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.shared.UnitKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
                Arguments.of("review_case", "result", codes(ReviewResult.values(), ReviewResult::code)),
                Arguments.of("request_event", "fee_basis", codes(FeeBasis.values(), FeeBasis::code)),
                Arguments.of("request_event", "consultee", codes(Consultee.values(), Consultee::code)),
                Arguments.of("plan_task", "status", codes(TaskStatus.values(), TaskStatus::code)),
                Arguments.of("unit", "kind", codes(UnitKind.values(), UnitKind::code)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("columns")
    void the_check_list_is_the_enums_codes(String table, String column, Set<String> codes) {
        assertEquals(codes, checkList(table, column));
    }

    /** 公开方式 is a JSON list, which a CHECK cannot look into: V13's triggers hold the list instead. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"document_channels_codes_ai", "document_channels_codes_au"})
    void the_channels_triggers_accept_exactly_the_channel_codes(String trigger) {
        String sql = (String) db.dsl().fetchValue("select sql from sqlite_schema where type = 'trigger' and name = ?", trigger);
        assertEquals(codes(PublicationChannel.values(), PublicationChannel::code), quoted(sql, sql.indexOf("NOT IN (") + 8));
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
        return quoted(sql, sql.indexOf("IN (", definition.end()) + 4);
    }

    /** The quoted values from {@code start} to the next closing parenthesis. */
    private static Set<String> quoted(String sql, int start) {
        String list = sql.substring(start, sql.indexOf(')', start));
        Set<String> values = new TreeSet<>();
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(list);
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        return values;
    }
}
