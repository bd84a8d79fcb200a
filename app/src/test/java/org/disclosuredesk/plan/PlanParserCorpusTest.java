// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans the parser was not developed on, in the other shapes plans come in: traditional characters,
 * notes on their own lines, half-width punctuation, a pasted table, a .docx task table with merged
 * cells, a .docx numbered by Word's lists. Each must match its hand-written expectations exactly.
 */
class PlanParserCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void every_corpus_document_matches_its_hand_labelled_units_and_deadlines() throws IOException {
        List<String> misses = new ArrayList<>();
        for (PlanParserScore.Case c : PlanParserScore.corpus(dir)) {
            PlanParserScore.Score s = PlanParserScore.score(c);
            s.misses().forEach(m -> misses.add(c.name() + ": " + m));
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void every_corpus_document_has_its_title_issuer_year_paths_and_targets() throws IOException {
        for (PlanParserScore.Case c : PlanParserScore.corpus(dir)) {
            ParsedPlan plan = PlanParser.parse(c.file(), null);
            JsonNode expected = read(c.expectedResource());
            assertEquals(expected.get("title").asText(), plan.title(), c.name());
            assertEquals(expected.get("issuer").asText(), plan.issuer(), c.name());
            assertEquals(expected.get("year").asInt(), plan.year(), c.name());
            List<String> paths = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            expected.get("tasks").forEach(t -> {
                paths.add(t.get("path").toString());
                targets.add(t.get("targets").toString());
            });
            assertEquals(paths, plan.tasks().stream().map(t -> json(t.path())).toList(), c.name());
            assertEquals(targets, plan.tasks().stream().map(t -> json(t.targets().stream().map(Target::text).toList())).toList(), c.name());
        }
    }

    @Test
    void a_gbk_file_reads_like_the_same_plan_in_utf8_and_with_a_bom() throws IOException {
        String text = resourceText("/plan/corpus/separate-lines.txt");
        Path utf8 = Files.writeString(dir.resolve("utf8.txt"), text);
        Path gbk = Files.write(dir.resolve("gbk.txt"), text.getBytes(Charset.forName("GBK")));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path bom = Files.write(dir.resolve("bom.txt"), withBom);

        ParsedPlan expected = PlanParser.parse(utf8, null);
        for (Path other : List.of(gbk, bom)) {
            ParsedPlan plan = PlanParser.parse(other, null);
            assertEquals(expected.title(), plan.title(), other.toString());
            assertEquals(expected.tasks().stream().map(PlanItem::responsibleUnits).toList(),
                    plan.tasks().stream().map(PlanItem::responsibleUnits).toList(), other.toString());
        }
        assertEquals("XX市XX区2022年政务公开工作任务分工", expected.title());
    }

    @Test
    void pasted_text_parses_like_the_file() throws IOException {
        String text = resourceText("/plan/corpus/half-width.txt");
        ParsedPlan pasted = PlanParser.parseText(text, null);
        assertEquals(4, pasted.tasks().size());
        assertEquals(List.of("办公室"), pasted.tasks().get(0).leadUnits());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String resource) throws IOException {
        return JSON.readTree(resourceText(resource));
    }

    private static String resourceText(String resource) throws IOException {
        try (InputStream in = PlanParserCorpusTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
