// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.ReportTestLedgers;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormats;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.ReviewColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each check fires on the error it names, and only then: the correct 2025 tables of the hand-made ledger,
 * a narrative that agrees with them, and one deliberate mistake per test.
 */
class ReportChecksTest {

    /** Agrees with the hand-made tables: 25 new, 3 carried in, 25 decided (4/1/8/4/5/3), 3 carried out. */
    static final Narrative GOOD = new Narrative(
            "2025年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
                    + "（一）依申请公开。本年度共收到政府信息公开申请25件，上年结转3件；办结25件，其中予以公开4件、部分公开1件、"
                    + "不予公开8件、无法提供4件、不予处理5件、其他处理3件；结转下年度继续办理3件。\n"
                    + "（二）监督保障。本年度发生行政复议3件，其中尚未审结2件；行政诉讼2件。",
            "（一）存在的主要问题。政策解读形式单一。\n（二）改进情况。丰富解读形式。",
            "本年度未收取信息处理费。");

    /** The hand-made year has one 行政规范性文件 that expired (已失效) in 2025. */
    static final Map<String, Long> EXPIRED = Map.of("normative", 1L);

    @TempDir
    static Path dir;
    static ReportTables tables;
    static ReportTables previous;

    @BeforeAll
    static void buildTheHandMadeYear() {
        ReportTestLedgers.Built built = ReportTestLedgers.standard2025(dir);
        tables = built.report().tables();
        previous = built.previous();
    }

    static CheckInput input(ReportTables t) {
        return new CheckInput(t, Optional.of(previous), Optional.empty(), GOOD, Optional.empty(), 0, EXPIRED, true, Optional.empty(), false);
    }

    static CheckInput input(Narrative n) {
        return new CheckInput(tables, Optional.of(previous), Optional.empty(), n, Optional.empty(), 0, EXPIRED, true, Optional.empty(), false);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).distinct().collect(Collectors.toList());
    }

    @Test
    void the_correct_report_passes_every_check() {
        assertEquals(List.of(), ReportChecks.run(input(tables)).stream().map(Finding::message).collect(Collectors.toList()));
    }

    @Test
    void column_identity_fires_for_each_column_that_does_not_balance() {
        ReportTables wrong = tables.with(CellRef.requests("new", "NATURAL_PERSON"), 8).with(CellRef.requests("new", "TOTAL"), 26);
        List<Finding> f = new ColumnIdentityCheck().check(input(wrong));
        assertEquals(List.of("NATURAL_PERSON", "TOTAL"), f.stream().map(x -> x.cells().get(0).column()).collect(Collectors.toList()));
        assertTrue(f.get(0).isError());
        assertTrue(f.get(0).message().contains("「自然人」列勾稽关系不成立"), f.get(0).message());
        assertEquals(List.of(), new RowTotalCheck().check(input(wrong)));
    }

    @Test
    void results_total_fires_when_seven_is_not_the_sum_of_the_results() {
        ReportTables wrong = tables
                .with(CellRef.requests("total", "NATURAL_PERSON"), 8).with(CellRef.requests("carried_out", "NATURAL_PERSON"), 0)
                .with(CellRef.requests("total", "TOTAL"), 26).with(CellRef.requests("carried_out", "TOTAL"), 2);
        assertEquals(List.of(), new ColumnIdentityCheck().check(input(wrong)));
        assertEquals(List.of(), new RowTotalCheck().check(input(wrong)));
        List<Finding> f = new ResultsTotalCheck().check(input(wrong));
        assertEquals(List.of("NATURAL_PERSON", "TOTAL"), f.stream().map(x -> x.cells().get(0).column()).collect(Collectors.toList()));
        assertTrue(f.get(0).message().contains("（七）总计为8"), f.get(0).message());
    }

    @Test
    void row_total_fires_on_the_row_whose_total_is_wrong() {
        ReportTables wrong = tables.with(CellRef.requests("3.1", "TOTAL"), 2);
        List<Finding> f = new RowTotalCheck().check(input(wrong));
        assertEquals(1, f.size());
        assertEquals(CellRef.requests("3.1", ApplicantColumns.TOTAL), f.get(0).cells().get(0));
        assertTrue(f.get(0).message().contains("1.属于国家秘密"), f.get(0).message());
    }

    @Test
    void review_total_fires_on_the_group_whose_total_is_wrong() {
        ReportTables wrong = tables.with(ReviewColumns.total(ReviewKind.LAWSUIT_DIRECT), 3);
        List<Finding> f = new ReviewTotalCheck().check(input(wrong));
        assertEquals(1, f.size());
        assertEquals(ReviewColumns.total(ReviewKind.LAWSUIT_DIRECT), f.get(0).cells().get(0));
        assertTrue(f.get(0).message().contains("未经复议直接起诉"), f.get(0).message());
    }

    @Test
    void carry_over_compares_with_last_years_published_figures() {
        ReportTables published = previous.with(CellRef.requests("carried_out", "NATURAL_PERSON"), 2)
                .with(CellRef.requests("carried_out", "TOTAL"), 4);
        CheckInput in = new CheckInput(tables, Optional.of(previous), Optional.of(published), GOOD, Optional.empty(), 0, EXPIRED, true,
                Optional.empty(), false);
        List<Finding> f = new CarryOverCheck().check(in);
        assertEquals(List.of("NATURAL_PERSON", "TOTAL"), f.stream().map(x -> x.cells().get(0).column()).collect(Collectors.toList()));
        assertTrue(f.get(0).message().contains("已定稿导出的2024年报告四、结转下年度继续办理为2件"), f.get(0).message());
        assertEquals(List.of(), new CarryOverCheck().check(input(tables)), "the ledgers' own 2024 agrees");
    }

    @Test
    void register_continuity_warns_when_the_stock_does_not_follow() {
        ReportTables wrong = tables.with(CellRef.activeDisclosure("normative", "现行有效件数"), 5);
        List<Finding> f = new RegisterContinuityCheck().check(input(wrong));
        assertEquals(1, f.size());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("应为4"), f.get(0).message());
    }

    @Test
    void register_continuity_allows_for_documents_that_expired_in_the_year() {
        CheckInput withoutExpiry = new CheckInput(tables, Optional.of(previous), Optional.empty(), GOOD, Optional.empty(), 0, Map.of(), true,
                Optional.empty(), false);
        List<Finding> f = new RegisterContinuityCheck().check(withoutExpiry);
        assertEquals(1, f.size(), "4 in force last year + 2 − 1 abolished is 5, one more than the 4 in force now");
        assertEquals(List.of(), new RegisterContinuityCheck().check(input(tables)), "the expired one explains the difference");
    }

    @Test
    void a_negative_count_is_an_error_but_the_2019_change_column_may_fall() {
        List<Finding> f = new CellValueCheck().check(input(tables.with(CellRef.requests("5.2", "RESEARCH_INSTITUTION"), -1)));
        assertEquals(1, f.size());
        ReportTables old = new ReportTables(2020, ReportFormats.FORMAT_2019,
                Map.of(CellRef.activeDisclosure("fees", "本年增/减"), -2L));
        assertEquals(List.of(), new CellValueCheck().check(input(old)));
    }

    @ParameterizedTest(name = "{0} → fires: {1}")
    @CsvSource(delimiter = '|', value = {
        "本年度共收到政府信息公开申请58件。               | true",
        "本年度共收到政府信息公开申请二十五件。           | false",
        "本年度新收申请25件。                             | false",
        "其中予以公开5件。                                | true",
        "其中予以公开四件。                               | false",
        "不予公开8件，其中属于国家秘密2件。               | true",
        "不予公开9件。                                    | true",
        "上年结转申请三件。                               | false",
        "结转下年度继续办理4件。                          | true",
        "复议后起诉1件。                                  | false",
        "复议后起诉2件。                                  | true",
        "召开专题会议3次，法人或其他组织申请9件。         | false",
        // [utest->req~report.check.narrative-figures-combined~1] （一）4 +（二）1
        "予以公开及部分公开5件。                          | false",
        "予以公开及部分公开1件。                          | true",
        "全部或部分公开5件。                              | false",
        "其中部分公开1件。                                | false",
    })
    void narrative_numbers_must_match_the_cells_they_name(String sentence, boolean fires) {
        Narrative n = new Narrative(sentence.strip(), GOOD.problems(), GOOD.otherMatters());
        List<Finding> f = new NarrativeFiguresCheck().check(input(n));
        assertEquals(fires, !f.isEmpty(), f.toString());
    }

    @Test
    void a_wrong_narrative_number_points_at_the_number_and_the_cell() {
        String text = "本年度共收到申请58件。";
        List<Finding> f = new NarrativeFiguresCheck().check(input(new Narrative(text, GOOD.problems(), GOOD.otherMatters())));
        assertEquals(1, f.size());
        assertEquals(ReportSection.OVERVIEW, f.get(0).section());
        assertEquals("58件", text.substring(f.get(0).start(), f.get(0).end()));
        assertEquals(CellRef.requests("new", "TOTAL"), f.get(0).cells().get(0));
        assertTrue(f.get(0).message().contains("为25件"), f.get(0).message());
    }

    @ParameterizedTest(name = "{0} → fires: {1}")
    @CsvSource(delimiter = '|', value = {
        "本年度发生行政复议案件3件，均维持原行政行为。 | true",
        "本年度未发生行政复议案件。                   | true",
        "本年度行政复议3件，其中尚未审结2件。         | false",
        "本年度行政诉讼案件全部被维持。               | true",
        "复议3件，诉讼2件，均获维持。                 | true",
        "本年度行政复议案件全部胜诉。                 | true",
        "行政复议案件均被维持。                       | true",
        "行政复议案件无一被纠正。                     | true",
        "行政复议3件，其中2件尚未审结。               | false",
    })
    void text_about_reviews_must_agree_with_table_four(String sentence, boolean fires) {
        List<Finding> f = new ReviewClaimsCheck().check(input(new Narrative(sentence.strip(), GOOD.problems(), GOOD.otherMatters())));
        assertEquals(fires, !f.isEmpty(), f.toString());
    }

    @Test
    void a_section_copied_from_last_year_with_new_numbers_is_flagged_as_similar() {
        Narrative lastYear = new Narrative(GOOD.overview().replace("25件", "31件").replace("2025年", "2024年"),
                "（一）存在的问题。人员力量不足，培训不够。\n（二）改进。增加人员。", "本年度未收取信息处理费。");
        CheckInput in = new CheckInput(tables, Optional.of(previous), Optional.empty(), GOOD, Optional.of(lastYear), 0, EXPIRED, true,
                Optional.empty(), false);
        List<Finding> f = new SimilarToLastYearCheck().check(in);
        // 六 is identical too, but a one-sentence section is the same every year by nature: not flagged.
        assertEquals(List.of(ReportSection.OVERVIEW), f.stream().map(Finding::section).collect(Collectors.toList()));
        assertTrue(f.get(0).message().contains("内容雷同"));
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
    }

    /** Last year's 100 characters with the last {@code 100 − same} replaced: exactly {@code same}% the same. */
    @ParameterizedTest(name = "{0}% the same → flagged: {1}")
    @CsvSource({"75, false", "80, false", "81, true", "85, true"})
    void more_than_80_percent_the_same_is_flagged(int same, boolean flagged) {
        String lastYear = "本机关持续推进政务公开标准化规范化建设，".repeat(5);
        String thisYear = lastYear.substring(0, same) + "甲".repeat(100 - same);
        CheckInput in = new CheckInput(tables, Optional.of(previous), Optional.empty(),
                new Narrative(thisYear, GOOD.problems(), GOOD.otherMatters()),
                Optional.of(new Narrative(lastYear, "", "")), 0, EXPIRED, true, Optional.empty(), false);
        List<Finding> f = new SimilarToLastYearCheck().check(in);
        assertEquals(flagged, !f.isEmpty(), f.toString());
        if (flagged) {
            assertTrue(f.get(0).message().contains("约" + same + "%"), f.get(0).message());
        }
    }

    @Test
    void sections_one_and_five_must_be_written() {
        List<Finding> f = new SectionsWrittenCheck().check(input(new Narrative(GOOD.overview(), " ", GOOD.otherMatters())));
        assertEquals(1, f.size());
        assertEquals(ReportSection.PROBLEMS, f.get(0).section());
        assertTrue(f.get(0).isError());
        // The command line shows the same message: it names the command beside the button.
        assertTrue(f.get(0).message().contains("report draft --year " + tables.year()), f.get(0).message());
    }

    // [utest->req~report.check.fee-statement-from-2021~1]
    @ParameterizedTest(name = "{0} report without the fee statement → {1}")
    @CsvSource({"2019, NONE", "2020, WARNING", "2021, ERROR", "2025, ERROR"})
    void the_fee_statement_is_required_from_2021_a_warning_for_2020_and_nothing_for_2019(int year, String severity) {
        CheckInput in = new CheckInput(new ReportTables(year, tables.format(), tables.values()), Optional.of(previous), Optional.empty(),
                new Narrative(GOOD.overview(), GOOD.problems(), "本年度无其他需要报告的事项。"), Optional.empty(), 0, EXPIRED, true,
                Optional.empty(), false);
        List<Finding> f = new FeeStatementCheck().check(in);
        assertEquals(severity, f.isEmpty() ? "NONE" : f.get(0).severity().name(), f.toString());
    }

    @ParameterizedTest(name = "{0} (collected {1} 分) → fires: {2}")
    @CsvSource(delimiter = '|', value = {
        "本年度无其他需要报告的事项。             | 0     | true",
        "本年度未收取信息处理费。                 | 0     | false",
        "本年度未收取信息处理费。                 | 20000 | true",
        "本年度共收取信息处理费200元。            | 20000 | false",
        "本年度共收取信息处理费0.02万元。         | 20000 | false",
        "本年度共收取信息处理费150元。            | 20000 | true",
    })
    void section_six_must_state_the_fees_collected(String text, long feeFen, boolean fires) {
        CheckInput in = new CheckInput(tables, Optional.of(previous), Optional.empty(),
                new Narrative(GOOD.overview(), GOOD.problems(), text.strip()), Optional.empty(), feeFen, EXPIRED, true, Optional.empty(), false);
        List<Finding> f = new FeeStatementCheck().check(in);
        assertEquals(fires, !f.isEmpty(), f.toString());
    }

    @Test
    void a_year_without_the_yearly_form_gets_a_warning_on_its_cells() {
        CheckInput in = new CheckInput(tables, Optional.of(previous), Optional.empty(), GOOD, Optional.empty(), 0, EXPIRED, false,
                Optional.empty(), false);
        List<Finding> f = new StatisticsEnteredCheck().check(in);
        assertEquals(1, f.size());
        assertEquals(4, f.get(0).cells().size());
    }

    @Test
    void figures_changed_after_the_final_export_are_listed() {
        ReportTables published = tables.with(CellRef.requests("1", "NATURAL_PERSON"), 3);
        CheckInput in = new CheckInput(tables, Optional.of(previous), Optional.empty(), GOOD, Optional.empty(), 0, EXPIRED, true,
                Optional.of(published), true);
        List<Finding> f = new ChangedSinceFinalCheck().check(in);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("由3变为4"), f.get(0).message());
    }

    @Test
    void errors_come_before_warnings_and_block_export() {
        CheckInput in = new CheckInput(tables.with(CellRef.requests("new", "TOTAL"), 99), Optional.of(previous), Optional.empty(),
                GOOD, Optional.empty(), 0, EXPIRED, false, Optional.empty(), false);
        List<Finding> all = ReportChecks.run(in);
        assertTrue(all.get(0).isError());
        assertEquals(Finding.Severity.WARNING, all.get(all.size() - 1).severity());
        assertTrue(rules(all).contains(ColumnIdentityCheck.RULE));
        assertTrue(rules(all).contains(RowTotalCheck.RULE));
        Report report = new Report(2025, "示例县人民政府", in.tables(), GOOD, all, Report.ExportState.NEW);
        assertTrue(!report.exportable());
    }

    // [utest->req~report.check.timeliness-claim~1]
    @ParameterizedTest(name = "{0} with {1} late → {2} finding(s)")
    @CsvSource(delimiter = '|', value = {
        "所有申请均在法定期限内答复。| 2 | 1",
        "所有申请均在法定期限内答复。| 0 | 0",
        "全年申请均按时答复。| 1 | 1",
        "未出现逾期答复的情况。| 1 | 1",
        "所有申请都在规定时限内办结。| 3 | 1",
        "有2件申请的答复超过法定期限。| 2 | 0",
        "有1件申请的答复超过法定期限。| 2 | 1",
        "本年度有两件申请未在法定期限内答复。| 2 | 0",
        "本年度有3件申请未在法定期限内答复。| 2 | 1",
        "共收到申请58件。| 2 | 0",
    })
    void text_about_timeliness_must_agree_with_the_late_replies_of_the_request_log(String sentence, long late, int findings) {
        for (Narrative n : new Narrative[] {
            new Narrative(sentence, GOOD.problems(), GOOD.otherMatters()),
            new Narrative(GOOD.overview(), sentence, GOOD.otherMatters())}) {
            CheckInput in = input(n).withLateReplies(late);
            assertEquals(findings, new TimelinessClaimCheck().check(in).stream().filter(Finding::isError).count(), sentence);
        }
    }
}
