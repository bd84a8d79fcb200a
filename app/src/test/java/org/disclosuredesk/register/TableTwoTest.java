// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.register.Documents.aDocument;
import static org.disclosuredesk.register.Documents.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** req~register.table-two~1: table 二, 第二十条第（一）项, counted from the register; each figure lists its documents. */
// [utest->req~register.table-two~1]
class TableTwoTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private RegisterService register;

    @BeforeEach
    void fill() {
        ctx = RegisterFixture.open(dir);
        register = ctx.register();
        normative("2023 仍有效", "2023-04-01", null, null);
        normative("2023 于2024废止", "2023-05-01", Validity.ABOLISHED, "2024-06-01");
        normative("2023 于2025废止", "2023-06-01", Validity.ABOLISHED, "2025-02-01");
        normative("2024 于2024失效", "2024-02-01", Validity.EXPIRED, "2024-12-31");
        normative("2024 已修改", "2024-03-01", Validity.AMENDED, "2025-01-15");
        normative("2025 新制发", "2025-01-10", null, null);
        normative("2025 新制发且废止", "2025-02-10", Validity.ABOLISHED, "2025-05-01");
        rule("2024 规章", "2024-08-01");
        rule("2025 规章", "2025-03-01");
        register.create(aDocument("2025 其他公文").writtenOn(day("2025-03-01")).build());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @ParameterizedTest(name = "{0}: 制发 {1}, 废止 {2}, 现行有效 {3}")
    @CsvSource({
        "2023, 3, 0, 3",
        "2024, 2, 1, 3",   // 2023 仍有效, 2023 于2025废止, 2024 已修改 (2024 失效 and 2024 废止 are gone by 12-31)
        "2025, 2, 2, 3",   // 2023 仍有效, 2024 已修改, 2025 新制发
    })
    void normative_documents(int year, int made, int abolished, int inForce) {
        TableTwoFigures f = register.tableTwo(year);
        assertEquals(new TableTwoFigures.Row(DocType.NORMATIVE_DOCUMENT, made, abolished, inForce), f.normativeDocuments());
    }

    @Test
    void rules_are_counted_apart() {
        assertEquals(new TableTwoFigures.Row(DocType.RULE, 1, 0, 2), register.tableTwo(2025).rules());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MADE", "ABOLISHED", "IN_FORCE"})
    void each_figure_lists_exactly_the_documents_behind_it(TableTwoMeasure measure) {
        for (int year = 2023; year <= 2025; year++) {
            RegisterQuery q = RegisterQuery.figure(year, DocType.NORMATIVE_DOCUMENT, measure);
            assertEquals(register.tableTwo(year).normativeDocuments().get(measure), register.list(q).size(), year + " " + measure);
            assertEquals(register.tableTwo(year).normativeDocuments().get(measure), register.count(q));
        }
    }

    @Test
    void the_list_behind_2025_in_force() {
        Set<String> titles = register.list(RegisterQuery.figure(2025, DocType.NORMATIVE_DOCUMENT, TableTwoMeasure.IN_FORCE))
                .stream().map(e -> e.document().title()).collect(Collectors.toSet());
        assertEquals(Set.of("2023 仍有效", "2024 已修改", "2025 新制发"), titles);
    }

    @Test
    // [utest->req~register.yearly-statistics~1]
    void the_other_rows_come_from_the_yearly_form() {
        ctx.yearlyStatistics().save(new YearlyStatistics(2025, 120, 35, 4, 12_350_000L, "县政务服务中心、县市场监管局提供", true));
        TableTwoFigures f = register.tableTwo(2025);
        assertEquals(120, f.statistics().licensingDecisions());
        assertEquals(35, f.statistics().penaltyDecisions());
        assertEquals(4, f.statistics().coercionDecisions());
        assertEquals(new BigDecimal("12.35"), f.statistics().adminFeeWanYuan());
        assertEquals(false, register.tableTwo(2024).statistics().entered());
    }

    private void normative(String title, String written, Validity validity, String changed) {
        register.create(aDocument(title).docType(DocType.NORMATIVE_DOCUMENT).writtenOn(day(written)).publishedOn(day(written))
                .validity(validity).validityChangedOn(changed == null ? null : day(changed)).build());
    }

    private void rule(String title, String written) {
        register.create(aDocument(title).docType(DocType.RULE).writtenOn(day(written)).publishedOn(day(written)).build());
    }

    static List<String> titles(List<RegisterEntry> entries) {
        return entries.stream().map(e -> e.document().title()).toList();
    }
}
