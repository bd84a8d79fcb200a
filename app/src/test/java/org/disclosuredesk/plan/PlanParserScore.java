// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the parser's units and deadlines against hand-labelled expectations.
 * A unit counts when the same task (by path) names it in the same role; a deadline counts when the
 * same task has the phrase and it resolves to the same date. Run it with
 * {@code mvn -o -q -pl app -am test-compile exec:java}-free: see docs/plan-parser.md for the command.
 */
public final class PlanParserScore {

    /** One document of the corpus: how to read it and where its expectations are. */
    public record Case(String name, Path file, String expectedResource) {
    }

    /** Counts for one document. */
    public record Score(String name, int unitTp, int unitFp, int unitFn, int deadlineTp, int deadlineFp, int deadlineFn,
            List<String> misses) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanParserScore() {
    }

    /** The corpus written for the parser (not the seeds it was developed on); docx files go to {@code folder}. */
    public static List<Case> corpus(Path folder) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String name : List.of("traditional", "separate-lines", "half-width", "pasted-table", "county-points", "bureau-plan", "district-table", "county-notice")) {
            Path file = folder.resolve(name + ".txt");
            try (InputStream in = PlanParserScore.class.getResourceAsStream("/plan/corpus/" + name + ".txt")) {
                Files.copy(in, file);
            }
            cases.add(new Case(name, file, "/plan/corpus/" + name + ".expected.json"));
        }
        cases.add(new Case("task-table", PlanCorpusDocx.taskTable(folder), "/plan/corpus/task-table.expected.json"));
        cases.add(new Case("auto-numbered", PlanCorpusDocx.autoNumbered(folder), "/plan/corpus/auto-numbered.expected.json"));
        cases.add(new Case("bureau-table", PlanCorpusDocx.bureauTable(folder), "/plan/corpus/bureau-table.expected.json"));
        return cases;
    }

    public static Score score(Case c) {
        ParsedPlan plan = PlanParser.parse(c.file(), null);
        JsonNode expected = read(c.expectedResource());
        Map<List<String>, PlanItem> got = new HashMap<>();
        for (PlanItem t : plan.tasks()) {
            got.put(t.path(), t);
        }
        Set<String> expectedUnits = new HashSet<>();
        Set<String> expectedDeadlines = new HashSet<>();
        for (JsonNode t : expected.get("tasks")) {
            String path = strings(t.get("path")).toString();
            strings(t.get("lead_units")).forEach(u -> expectedUnits.add(path + " 牵头 " + u));
            strings(t.get("responsible_units")).forEach(u -> expectedUnits.add(path + " 责任 " + u));
            String due = t.get("due_date").isNull() ? "" : t.get("due_date").asText();
            List<String> phrases = strings(t.get("deadlines"));
            for (String p : phrases) {
                expectedDeadlines.add(path + " " + p + (phrases.size() == 1 ? " → " + due : ""));
            }
        }
        Set<String> gotUnits = new HashSet<>();
        Set<String> gotDeadlines = new HashSet<>();
        for (PlanItem t : got.values()) {
            String path = t.path().toString();
            t.leadUnits().forEach(u -> gotUnits.add(path + " 牵头 " + u));
            t.responsibleUnits().forEach(u -> gotUnits.add(path + " 责任 " + u));
            String due = t.dueDate() == null ? "" : t.dueDate().toString();
            for (Deadline d : t.deadlines()) {
                gotDeadlines.add(path + " " + d.phrase() + (t.deadlines().size() == 1 ? " → " + due : ""));
            }
        }
        List<String> misses = new ArrayList<>();
        int[] u = compare(expectedUnits, gotUnits, misses);
        int[] d = compare(expectedDeadlines, gotDeadlines, misses);
        return new Score(c.name(), u[0], u[1], u[2], d[0], d[1], d[2], misses);
    }

    private static int[] compare(Set<String> expected, Set<String> got, List<String> misses) {
        int tp = 0;
        for (String e : expected) {
            if (got.contains(e)) {
                tp++;
            } else {
                misses.add("缺 " + e);
            }
        }
        for (String g : got) {
            if (!expected.contains(g)) {
                misses.add("多 " + g);
            }
        }
        return new int[] {tp, got.size() - tp, expected.size() - tp};
    }

    private static JsonNode read(String resource) {
        try (InputStream in = PlanParserScore.class.getResourceAsStream(resource)) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Prints a table of precision and recall per document and in total. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Files.createTempDirectory("plan-corpus");
        int[] total = new int[6];
        out.println("| 文档 | 单位 P | 单位 R | 时限 P | 时限 R |");
        out.println("|---|---|---|---|---|");
        for (Case c : corpus(folder)) {
            Score s = score(c);
            out.println(row(s.name(), s.unitTp(), s.unitFp(), s.unitFn(), s.deadlineTp(), s.deadlineFp(), s.deadlineFn()));
            total[0] += s.unitTp();
            total[1] += s.unitFp();
            total[2] += s.unitFn();
            total[3] += s.deadlineTp();
            total[4] += s.deadlineFp();
            total[5] += s.deadlineFn();
            s.misses().forEach(m -> out.println("    " + m));
        }
        out.println(row("合计", total[0], total[1], total[2], total[3], total[4], total[5]));
    }

    private static String row(String name, int utp, int ufp, int ufn, int dtp, int dfp, int dfn) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", name,
                ratio(utp, utp + ufp), ratio(utp, utp + ufn), ratio(dtp, dtp + dfp), ratio(dtp, dtp + dfn));
    }

    private static String ratio(int num, int den) {
        return den == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) num / den, num, den);
    }
}
