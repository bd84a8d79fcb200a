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
        List<Example> out = new ArrayList<>();
        for (String[] f : PhraseExamples.rows("deadline-examples.tsv")) {
            out.add(new Example(f[0], f[1], DeadlineKind.valueOf(f[2]), f[3].equals("-") ? null : LocalDate.parse(f[3]),
                    f[4].equals("-") ? null : Recurrence.valueOf(f[4])));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void each_example_reads_as_its_table_row_says(Example e) {
        List<Deadline> found = DeadlineFinder.find(e.text(), 2023);
        assertEquals(1, found.size(), e.text() + " → " + found);
        Deadline d = found.get(0);
        assertEquals(e.phrase(), d.phrase());
        assertEquals(e.kind(), d.kind());
        assertEquals(e.date(), d.date());
        assertEquals(e.recurrence(), d.recurrence());
    }

    @Test
    void every_rule_has_an_example() throws IOException {
        Map<String, String> phrases = new LinkedHashMap<>();
        examples().forEach(e -> phrases.put(e.text(), e.phrase()));
        assertEquals(List.of(), PhraseExamples.unexercised(DeadlineFinder.RULES, phrases), "rules without an example");
    }
}
