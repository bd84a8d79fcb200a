// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of {@code target-examples.tsv} is a test; every rule of {@code target-rules.tsv} has one. */
class TargetPhraseTableTest {

    record Example(String text, String target, BigDecimal quantity, String measure, Recurrence period) {
        @Override
        public String toString() {
            return text;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        for (String[] f : PhraseExamples.rows("target-examples.tsv")) {
            out.add(new Example(f[0], f[1], new BigDecimal(f[2]), f[3], f[4].equals("-") ? null : Recurrence.valueOf(f[4])));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void each_example_reads_as_its_table_row_says(Example e) {
        List<Target> found = TargetFinder.find(e.text());
        assertEquals(1, found.size(), e.text() + " → " + found);
        Target t = found.get(0);
        assertEquals(e.target(), t.text());
        assertEquals(0, e.quantity().compareTo(t.quantity()), t.toString());
        assertEquals(e.measure(), t.measure());
        assertEquals(e.period(), t.period());
    }

    @Test
    void every_rule_has_an_example() throws IOException {
        Map<String, String> targets = new LinkedHashMap<>();
        examples().forEach(e -> targets.put(e.text(), e.target()));
        assertEquals(List.of(), PhraseExamples.unexercised(TargetFinder.RULES, targets), "rules without an example");
    }
}
