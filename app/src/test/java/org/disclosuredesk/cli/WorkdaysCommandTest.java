// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code workdays} through {@link CliApp#run}, on the shipped calendar. */
// [utest->req~calendar.cli~1]
class WorkdaysCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("desk.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), CreatedDatabase.in(all));
    }

    // [utest->req~calendar.add-working-days~1]
    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // The day before the 2025 Spring Festival (1-28..2-4 off): 1-26 (Sunday) was a 调休 working day but is
        // before the start; 1-27, then 2-5..2-7, then 2-8 (a working Saturday) …
        "2025-01-27, 1, 2025-02-05",
        "2025-01-27, 4, 2025-02-08",
        // 20 working days: 2-5..2-8 (4), 2-10..14 (9), 2-17..21 (14), 2-24..28 (19), 3-3 (20).
        "2025-01-27, 20, 2025-03-03",
        // From the Friday before: Sunday 1-26 is a working day, so it is the first.
        "2025-01-24, 1, 2025-01-26",
        "2025.1.24, 0, 2025-01-24",
    })
    void add_prints_the_date_n_working_days_later_not_counting_the_day_itself(String from, int days, String expected) {
        assertEquals(0, run("workdays", "add", "--from", from, "--days", String.valueOf(days)));
        assertEquals(expected, out.toString().strip());
        assertEquals("", err.toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2025-01-26, true", "2025-01-28, false", "2025-10-08, false", "2025-10-11, true", "2025-10-12, false", "2025-10-13, true"})
    void is_workday_prints_true_or_false(String date, String expected) {
        assertEquals(0, run("workdays", "is-workday", date));
        assertEquals(expected, out.toString().strip());
    }

    // [utest->req~calendar.uncovered-year~1]
    @Test
    void a_year_without_its_notice_is_computed_with_weekends_only_and_said_so_on_stderr() {
        assertEquals(0, run("workdays", "add", "--from", "2026-12-30", "--days", "3"));
        assertEquals("2027-01-04", out.toString().strip());
        assertTrue(err.toString().contains("2027年日历未更新（「日历未更新」"), err.toString());
    }

    @Test
    void list_json_gives_the_year_its_coverage_and_every_working_day() throws Exception {
        assertEquals(0, run("workdays", "list", "--year", "2025", "--json"));
        JsonNode json = Commands.json().readTree(out.toString());
        assertEquals(2025, json.get("year").asInt());
        assertTrue(json.get("covered").asBoolean());
        assertEquals("国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号", json.get("notice_title").asText());
        assertEquals(248, json.get("count").asInt());
        assertEquals(248, json.get("days").size());
        assertEquals("2025-01-02", json.get("days").get(0).asText());
        assertTrue(out.toString().contains("\"2025-01-26\""));
        assertTrue(!out.toString().contains("\"2025-10-08\""));
    }

    @Test
    void list_of_an_uncovered_year_says_covered_false_and_warns() throws Exception {
        assertEquals(0, run("workdays", "list", "--year", "2027", "--json"));
        JsonNode json = Commands.json().readTree(out.toString());
        assertTrue(!json.get("covered").asBoolean());
        assertEquals(261, json.get("count").asInt());
        assertTrue(err.toString().contains("日历未更新"));
    }

    @Test
    void list_without_json_prints_one_date_a_line() {
        assertEquals(0, run("workdays", "list", "--year", "2026"));
        assertEquals(248, out.toString().strip().lines().count());
    }

    @Test
    void a_bad_date_or_day_count_is_a_user_error() {
        assertEquals(1, run("workdays", "add", "--from", "2025-02-30", "--days", "3"));
        assertTrue(err.toString().contains("--from“2025-02-30”不是存在的日期"), err.toString());
        assertEquals(1, run("workdays", "add", "--from", "2025-02-03", "--days", "-1"));
        assertTrue(err.toString().contains("--days 应在 0 到 3650 之间"));
    }

    @Test
    void help_is_an_option_of_every_subcommand() {
        assertEquals(0, run("workdays", "add", "--help"));
        assertTrue(out.toString().contains("打印 FROM 之后第 N 个工作日的日期"), out.toString());
        assertEquals("", err.toString());
    }
}
