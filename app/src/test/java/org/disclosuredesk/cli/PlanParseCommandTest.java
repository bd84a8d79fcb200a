// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code plan parse FILE --json} on the five seed plans gives exactly the golden files, which were
 * checked by hand against the text: every task, unit and deadline.
 */
class PlanParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({
        "000_aaf467e61dda3a45, 000",
        "001_2dbf7a53f5788a50, 001",
        "002_fca57c0aa2986d7a, 002",
        "003_1aae35333c7fd9a9, 003",
        "004_b32853dd90e83484, 004"})
    void each_seed_parses_to_its_hand_checked_golden_file(String seed, String golden) throws Exception {
        Path file = dir.resolve(seed + ".txt");
        copy("/plan/seeds/" + seed + ".txt", file);

        assertEquals(0, run("plan", "parse", file.toString(), "--json"), err.toString());

        JsonNode expected = JSON.readTree(resource("/plan/golden/" + golden + ".json"));
        JsonNode actual = JSON.readTree(out.toString());
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
    }

    @Test
    void the_contract_fields_are_there_with_empty_lists_where_nothing_is_given() throws Exception {
        Path file = dir.resolve("p.txt");
        Files.writeString(file, "2024年某县政务公开工作方案\n一、重点任务\n（一）做好预决算公开。\n（二）9月底前完成网站改版。（责任单位：县政府办）\n");

        assertEquals(0, run("plan", "parse", file.toString(), "--json"), err.toString());

        JsonNode plan = JSON.readTree(out.toString());
        assertEquals("2024年某县政务公开工作方案", plan.get("title").asText());
        assertEquals(2024, plan.get("year").asInt());
        JsonNode first = plan.get("tasks").get(0);
        assertEquals("[\"一\",\"（一）\"]", first.get("path").toString());
        assertEquals("做好预决算公开。", first.get("text").asText());
        for (String field : new String[] {"lead_units", "responsible_units", "deadlines", "targets"}) {
            assertTrue(first.get(field).isArray() && first.get(field).isEmpty(), field);
        }
        assertTrue(first.get("due_date").isNull());
        JsonNode second = plan.get("tasks").get(1);
        assertEquals("[\"9月底前\"]", second.get("deadlines").toString());
        assertEquals("2024-09-30", second.get("due_date").asText());
        assertEquals("[\"县政府办\"]", second.get("responsible_units").toString());
    }

    @Test
    void year_option_dates_phrases_that_name_no_year() throws Exception {
        Path file = dir.resolve("p.txt");
        Files.writeString(file, "一、任务\n（一）12月底前完成。（县政府办牵头）\n");

        assertEquals(0, run("plan", "parse", file.toString(), "--year", "2031", "--json"), err.toString());

        JsonNode plan = JSON.readTree(out.toString());
        assertEquals(2031, plan.get("year").asInt());
        assertEquals("2031-12-31", plan.get("tasks").get(0).get("due_date").asText());
    }

    @Test
    void an_unreadable_file_is_one_clear_line_and_exit_1() throws Exception {
        Path file = dir.resolve("plan.docx");
        Files.writeString(file, "this is not a word file");

        assertEquals(1, run("plan", "parse", file.toString(), "--json"));

        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("不是有效的 .docx 文件"), err.toString());
    }

    private static void copy(String resource, Path target) throws Exception {
        try (InputStream in = PlanParseCommandTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = PlanParseCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
