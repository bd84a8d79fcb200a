// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormats;
import org.disclosuredesk.report.format.ReviewColumns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables built from the hand-made ledger of {@link TestLedger#standardYear}, compared with the tables
 * worked out by hand (columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
 */
class ReportTablesFromLedgerTest {

    @TempDir
    Path dir;
    private TestLedger ledger;
    private ReportService service;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        service = ledger.context.report();
    }

    @AfterEach
    void tearDown() {
        ledger.context.close();
    }

    /** By hand: every request of the ledger placed in its row and column. */
    private static final Object[][] TABLE_THREE_2025 = {
        {"new",         7, 4, 5, 3, 3, 3, 25},
        {"carried_in",  1, 1, 0, 0, 1, 0, 3},
        {"1",           4, 0, 0, 0, 0, 0, 4},
        {"2",           0, 1, 0, 0, 0, 0, 1},
        {"3.1",         0, 0, 1, 0, 0, 0, 1},
        {"3.2",         0, 0, 0, 1, 0, 0, 1},
        {"3.3",         0, 0, 0, 0, 1, 0, 1},
        {"3.4",         0, 0, 0, 0, 0, 1, 1},
        {"3.5",         1, 0, 0, 0, 0, 0, 1},
        {"3.6",         0, 1, 0, 0, 0, 0, 1},
        {"3.7",         0, 0, 1, 0, 0, 0, 1},
        {"3.8",         0, 0, 0, 1, 0, 0, 1},
        {"4.1",         0, 1, 0, 0, 1, 0, 2},
        {"4.2",         0, 0, 0, 0, 0, 1, 1},
        {"4.3",         1, 0, 0, 0, 0, 0, 1},
        {"5.1",         0, 1, 0, 0, 0, 0, 1},
        {"5.2",         0, 0, 1, 0, 0, 0, 1},
        {"5.3",         0, 0, 0, 1, 0, 0, 1},
        {"5.4",         0, 0, 0, 0, 1, 0, 1},
        {"5.5",         0, 0, 0, 0, 0, 1, 1},
        {"6.1",         1, 0, 0, 0, 0, 0, 1},
        {"6.2",         0, 1, 0, 0, 0, 0, 1},
        {"6.3",         0, 0, 1, 0, 0, 0, 1},
        {"total",       7, 5, 4, 3, 3, 3, 25},
        {"carried_out", 1, 0, 1, 0, 1, 0, 3},
    };

    @Test
    void table_three_places_every_request_in_its_row_and_column() {
        TestLedger.standardYear(ledger, 2025);
        ReportTables t = service.build(2025).tables();
        assertEquals(List.of(TABLE_THREE_2025).stream().map(r -> r[0]).collect(Collectors.toList()),
                t.format().requestRows().stream().map(r -> r.key()).collect(Collectors.toList()), "rows of the 2021 format");
        assertTableThree(TABLE_THREE_2025, t);
    }

    /** Each row of {@code byHand} ({key, one figure per applicant column, 总计}) equals the table's row. */
    static void assertTableThree(Object[][] byHand, ReportTables t) {
        for (Object[] row : byHand) {
            List<Long> actual = new ArrayList<>();
            List<Long> expected = new ArrayList<>();
            for (int c = 0; c < ApplicantColumns.keys().size(); c++) {
                actual.add(t.requests((String) row[0], ApplicantColumns.keys().get(c)));
                expected.add(((Integer) row[c + 1]).longValue());
            }
            assertEquals(expected, actual, "row " + row[0]);
        }
    }

    @Test
    void table_four_counts_cases_handled_in_the_year_with_their_state_on_31_december() {
        TestLedger.standardYear(ledger, 2025);
        ReportTables t = service.build(2025).tables();
        // 行政复议: 1 upheld; 2 pending on 31 December (one decided only in January).
        assertEquals(List.of(1L, 0L, 0L, 2L, 3L), group(t, ReviewKind.ADMINISTRATIVE_REVIEW));
        // 未经复议直接起诉: filed last year, pending at last year-end, corrected this year.
        assertEquals(List.of(0L, 1L, 0L, 0L, 1L), group(t, ReviewKind.LAWSUIT_DIRECT));
        // 复议后起诉: closed on 31 December with another result; the case filed next January is not counted.
        assertEquals(List.of(0L, 0L, 1L, 0L, 1L), group(t, ReviewKind.LAWSUIT_AFTER_REVIEW));
    }

    @Test
    void the_case_pending_on_31_december_counts_with_its_result_the_next_year() {
        TestLedger.standardYear(ledger, 2025);
        ReportTables next = service.build(2026).tables();
        // Both open 行政复议 cases of 2025 are handled in 2026: one corrected (closed 2026-02-01), one still pending.
        assertEquals(List.of(0L, 1L, 0L, 1L, 2L), group(next, ReviewKind.ADMINISTRATIVE_REVIEW));
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L), group(next, ReviewKind.LAWSUIT_AFTER_REVIEW));
    }

    @Test
    void table_two_counts_the_register_and_the_yearly_form() {
        TestLedger.standardYear(ledger, 2025);
        ReportTables t = service.build(2025).tables();
        assertEquals(1, t.value(CellRef.activeDisclosure("rule", "本年制发件数")));
        assertEquals(1, t.value(CellRef.activeDisclosure("rule", "本年废止件数")));
        assertEquals(1, t.value(CellRef.activeDisclosure("rule", "现行有效件数")));
        // Written 2025-02-02 (expired in October: not 废止), written on 31 December.
        assertEquals(2, t.value(CellRef.activeDisclosure("normative", "本年制发件数")));
        // The 2021 one abolished in August; the expired one is not counted as 废止.
        assertEquals(1, t.value(CellRef.activeDisclosure("normative", "本年废止件数")));
        // In force on 31 December: the 2023 one, the amended one, the 31 December one, the one abolished only in 2026.
        assertEquals(4, t.value(CellRef.activeDisclosure("normative", "现行有效件数")));
        assertEquals(12, t.value(CellRef.activeDisclosure("licensing", "本年处理决定数量")));
        assertEquals(30, t.value(CellRef.activeDisclosure("penalty", "本年处理决定数量")));
        assertEquals(2, t.value(CellRef.activeDisclosure("coercion", "本年处理决定数量")));
        CellRef fees = CellRef.activeDisclosure("fees", "本年收费金额（单位：万元）");
        assertEquals(1_234_500, t.value(fees));
        assertEquals("1.2345", t.format().valueKind(fees).format(t.value(fees)));
    }

    @Test
    void fees_beyond_2147_wan_yuan_are_read_whole() {
        ledger.statistics(2023, 0, 0, 0, 3_450_847_300L, "{}");
        ReportTables t = service.build(2023).tables();
        CellRef fees = CellRef.activeDisclosure("fees", "本年收费金额（单位：万元）");
        assertEquals("3450.8473", t.format().valueKind(fees).format(t.value(fees)));
    }

    @Test
    void a_correct_ledger_passes_every_table_check() {
        TestLedger.standardYear(ledger, 2024);
        TestLedger.standardYear(ledger, 2025);
        Report report = service.build(2025);
        List<String> tableRules = report.findings().stream().filter(f -> !f.cells().isEmpty())
                .map(f -> f.rule() + ": " + f.message()).collect(Collectors.toList());
        assertEquals(List.of(), tableRules);
    }

    @Test
    void every_cell_traces_to_exactly_its_number_of_records() {
        TestLedger.standardYear(ledger, 2025);
        Report report = service.build(2025);
        for (Map.Entry<CellRef, Long> e : report.tables().values().entrySet()) {
            EvidenceList behind = service.evidence(2025, e.getKey(), 1000);
            boolean fromForm = report.format().measure(e.getKey()).map(m -> !m.fromRegister()).orElse(false);
            if (fromForm) {
                assertEquals(1, behind.total(), "the yearly form stands behind " + e.getKey());
            } else {
                assertEquals(e.getValue().longValue(), behind.total(), "records behind " + report.format().describe(e.getKey()));
                assertTrue(behind.complete());
            }
        }
    }

    @Test
    void the_records_behind_a_cell_are_the_right_ones() {
        TestLedger.standardYear(ledger, 2025);
        EvidenceList carriedIn = service.evidence(2025, CellRef.requests("carried_in", ApplicantColumns.TOTAL), 100);
        assertEquals(List.of("2024-12-20", "2024-12-28", "2024-12-30"),
                carriedIn.items().stream().map(Evidence::date).collect(Collectors.toList()));
        EvidenceList pending = service.evidence(2025, ReviewColumns.cell(ReviewKind.ADMINISTRATIVE_REVIEW, ReviewResult.PENDING), 100);
        assertEquals(List.of("2025-11-20", "2025-12-01"), pending.items().stream().map(Evidence::date).collect(Collectors.toList()));
    }

    @Test
    void requests_per_month_count_each_request_in_its_month_of_receipt() {
        TestLedger.standardYear(ledger, 2025);
        long[][] months = service.receivedPerMonth(2025);
        // One request per result row in months 1–11 then 1–10; 1 January and 3 March; 20 and 29 December.
        assertEquals(List.of(3L, 2L, 3L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 1L, 2L), toList(months[0]));
        assertEquals(25, java.util.Arrays.stream(months[0]).sum(), "the year's 一、本年新收");
        // Last year: the ledger's 15 November request and the three carried into 2025.
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 3L), toList(months[1]));
    }

    private static List<Long> toList(long[] values) {
        return java.util.Arrays.stream(values).boxed().collect(Collectors.toList());
    }

    @Test
    void the_2019_format_prints_other_handling_as_one_row_for_a_2020_report() {
        TestLedger.standardYear(ledger, 2020);
        Report report = service.build(2020);
        assertEquals(ReportFormats.FORMAT_2019, report.format());
        ReportTables t = report.tables();
        assertFalse(t.has(CellRef.requests("6.1", ApplicantColumns.TOTAL)));
        assertEquals(3, t.requestsTotal("6"));
        assertEquals(1, t.requests("6", "NATURAL_PERSON"));
        assertEquals(25, t.requestsTotal("total"));
        // The 2019 table 二: 本年新制作数量 / 本年新公开数量 / 对外公开总数量 for 规范性文件.
        assertEquals(2, t.value(CellRef.activeDisclosure("normative", "本年新制作数量")));
        assertEquals(2, t.value(CellRef.activeDisclosure("normative", "本年新公开数量")));
        // Published by 31 December 2020: 2018, 2020-02-02 (since expired), 2019 (amended), 2020-12-31, 2017, 2016 — not the 2021 one.
        assertEquals(6, t.value(CellRef.activeDisclosure("normative", "对外公开总数量")));
        assertEquals(List.of(), report.findings().stream().filter(f -> !f.cells().isEmpty() && f.isError())
                .map(Finding::message).collect(Collectors.toList()));
    }

    private static List<Long> group(ReportTables t, ReviewKind kind) {
        List<Long> values = new ArrayList<>();
        for (ReviewResult r : ReviewResult.values()) {
            values.add(t.value(ReviewColumns.cell(kind, r)));
        }
        values.add(t.value(ReviewColumns.total(kind)));
        return values;
    }
}
