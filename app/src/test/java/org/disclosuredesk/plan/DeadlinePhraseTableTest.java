// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of {@code deadline-examples.tsv} is a test; every rule of {@code deadline-rules.tsv} has one. */
class DeadlinePhraseTableTest {

    record Example(String text, String phrase, DeadlineKind kind, LocalDate date, Recurrence recurrence) {
        @Override
        public String toString() {
            return text;
        }
    }

    static List<Example> examples() throws IOException {
        return examples("deadline-examples.tsv");
    }

    static List<Example> cellExamples() throws IOException {
        return examples("deadline-cell-examples.tsv");
    }

    private static List<Example> examples(String resource) throws IOException {
        List<Example> out = new ArrayList<>();
        for (String[] f : PhraseExamples.rows(resource)) {
            out.add(new Example(f[0], f[1], DeadlineKind.valueOf(f[2]), f[3].equals("-") ? null : LocalDate.parse(f[3]),
                    f[4].equals("-") ? null : Recurrence.valueOf(f[4])));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void each_example_reads_as_its_table_row_says(Example e) {
        assertReads(e, DeadlineFinder.find(e.text(), 2023));
    }

    private static void assertReads(Example e, List<Deadline> found) {
        assertEquals(1, found.size(), e.text() + " → " + found);
        Deadline d = found.get(0);
        assertEquals(e.phrase(), d.phrase());
        assertEquals(e.kind(), d.kind());
        assertEquals(e.date(), d.date());
        assertEquals(e.recurrence(), d.recurrence());
    }

    @ParameterizedTest
    @MethodSource("cellExamples")
    void each_cell_example_reads_as_its_table_row_says(Example e) {
        assertEquals(List.of(), DeadlineFinder.find(e.text(), 2023), "the cell rules are only a fallback");
        assertReads(e, DeadlineFinder.fromCell(e.text(), 2023));
    }

    @Test
    void every_rule_has_an_example() throws IOException {
        assertEquals(List.of(), PhraseExamples.unexercised(DeadlineFinder.RULES, phrases(examples())), "rules without an example");
        assertEquals(List.of(), PhraseExamples.unexercised(DeadlineFinder.CELL_RULES, phrases(cellExamples())),
                "cell rules without an example");
    }

    private static Map<String, String> phrases(List<Example> examples) {
        Map<String, String> out = new LinkedHashMap<>();
        examples.forEach(e -> out.put(e.text(), e.phrase()));
        return out;
    }
}
