// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The field corpus's split stays what {@code split.tsv} records: every document sits in the folder of its
 * set, has hand-written expectations, and no document is listed twice or left out — so a document cannot
 * quietly move from test to dev.
 */
class FieldCorpusSplitTest {

    @Test
    void every_document_is_in_the_folder_split_tsv_names_and_only_there() throws Exception {
        for (String set : List.of("dev", "test")) {
            TreeSet<String> listed = new TreeSet<>();
            PlanFieldScore.cases(set).forEach(c -> listed.add(c.name()));
            assertEquals(PlanFieldScore.cases(set).size(), listed.size(), set + ": a document listed twice");
            assertEquals(listed, documentsIn(set), set + ": split.tsv and the folder differ");
        }
        TreeSet<String> both = documentsIn("dev");
        both.retainAll(documentsIn("test"));
        assertEquals(new TreeSet<>(), both, "in both sets");
    }

    @Test
    void every_document_has_its_expectations() throws Exception {
        for (String set : List.of("dev", "test")) {
            for (PlanFieldScore.Case c : PlanFieldScore.cases(set)) {
                assertTrue(PlanFieldScore.expected(c).has("tasks"), c.name());
            }
        }
    }

    @Test
    void the_corpus_holds_at_least_forty_plans() {
        assertTrue(PlanFieldScore.cases("dev").size() + PlanFieldScore.cases("test").size() >= 40);
    }

    /** Document names in a set's folder (the .docx is generated from code and listed by its name alone). */
    private static TreeSet<String> documentsIn(String set) throws IOException, URISyntaxException {
        Path folder = Path.of(FieldCorpusSplitTest.class.getResource("/plan/field/" + set).toURI());
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>();
            files.forEach(f -> names.add(f.getFileName().toString()));
            for (String n : names) {
                out.add(n.replaceFirst("\\.expected\\.json$", "").replaceFirst("\\.txt$", ""));
            }
        }
        return out;
    }
}
