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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disclosuredesk.shared.TextFolding;

/**
 * Scores the parser on the field corpus of real plans ({@code /plan/field}, split into {@code dev} and
 * {@code test} in {@code split.tsv} before anything was scored). A task is found when a parsed task has the
 * same path and contains the start of its text, else when any unpaired parsed task contains it (a reader may
 * number table rows differently; the clerk sees the text). Units count by role and name, deadlines by phrase
 * (with one phrase, also its date), both folded so that 縣/县 and （/( compare equal.
 */
public final class PlanFieldScore {

    /** One document of the field corpus. */
    public record Case(String set, String name, String resource) {
    }

    /** Counts; {@code misses} lists what was missed (缺) or extra (多). */
    public record Counts(int tasksExpected, int tasksFound, int tasksParsed, int unitTp, int unitFp, int unitFn,
            int deadlineTp, int deadlineFp, int deadlineFn, List<String> misses) {

        Counts plus(Counts o) {
            List<String> all = new ArrayList<>(misses);
            all.addAll(o.misses);
            return new Counts(tasksExpected + o.tasksExpected, tasksFound + o.tasksFound, tasksParsed + o.tasksParsed,
                    unitTp + o.unitTp, unitFp + o.unitFp, unitFn + o.unitFn, deadlineTp + o.deadlineTp,
                    deadlineFp + o.deadlineFp, deadlineFn + o.deadlineFn, all);
        }

        public double taskRecall() {
            return tasksExpected == 0 ? 1 : (double) tasksFound / tasksExpected;
        }

        public double unitF1() {
            return f1(unitTp, unitFp, unitFn);
        }

        public double deadlineF1() {
            return f1(deadlineTp, deadlineFp, deadlineFn);
        }

        private static double f1(int tp, int fp, int fn) {
            return tp + fp + fn == 0 ? 1 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    private PlanFieldScore() {
    }

    /** The documents of one set ({@code dev} or {@code test}) in the order of {@code split.tsv}. */
    public static List<Case> cases(String set) {
        List<Case> out = new ArrayList<>();
        for (String line : resource("/plan/field/split.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals(set)) {
                String name = f[1].substring(0, f[1].lastIndexOf('.'));
                out.add(new Case(set, name, "/plan/field/" + set + "/" + f[1]));
            }
        }
        return out;
    }

    /** Writes the document into {@code folder} (a .docx is generated, as Word stores it) and returns it. */
    public static Path materialize(Case c, Path folder) throws IOException {
        if (c.resource().endsWith(".docx")) {
            return switch (c.name()) {
                case "xuancheng-2020-split-table" -> PlanCorpusDocx.xuancheng2020SplitTable(folder);
                case "guangdong-wjw-2021-ledger" -> PlanCorpusDocx.guangdongWjw2021Ledger(folder);
                default -> throw new IllegalArgumentException("no generator for " + c.resource());
            };
        }
        Path file = folder.resolve(c.name() + ".txt");
        try (InputStream in = PlanFieldScore.class.getResourceAsStream(c.resource())) {
            Files.copy(in, file);
        }
        return file;
    }

    public static JsonNode expected(Case c) {
        try {
            return JSON.readTree(resource("/plan/field/" + c.set() + "/" + c.name() + ".expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Integer yearHint(JsonNode expected) {
        return expected.has("year_hint") ? expected.get("year_hint").asInt() : null;
    }

    public static Counts score(Case c, Path folder) throws IOException {
        JsonNode expected = expected(c);
        ParsedPlan plan = PlanParser.parse(materialize(c, folder), yearHint(expected));
        return score(c.name(), expected, plan.tasks());
    }

    static Counts score(String name, JsonNode expected, List<PlanItem> parsed) {
        List<PlanItem> unpaired = new ArrayList<>(parsed);
        List<String> misses = new ArrayList<>();
        int found = 0;
        int[] units = new int[3];
        int[] deadlines = new int[3];
        for (JsonNode t : expected.get("tasks")) {
            PlanItem match = pair(t, unpaired);
            String label = name + " " + strings(t.get("path")) + " " + t.get("text").asText();
            if (match == null) {
                misses.add("缺任务 " + label);
            } else {
                unpaired.remove(match);
                found++;
            }
            compare(label, unitKeys(t), match == null ? Set.of() : unitKeys(match), units, misses);
            compare(label, deadlineKeys(t), match == null ? Set.of() : deadlineKeys(match), deadlines, misses);
        }
        for (PlanItem extra : unpaired) {
            String label = name + " " + extra.path() + " " + abbreviate(extra.text());
            misses.add("多任务 " + label);
            compare(label, Set.of(), unitKeys(extra), units, misses);
            compare(label, Set.of(), deadlineKeys(extra), deadlines, misses);
        }
        return new Counts(expected.get("tasks").size(), found, parsed.size(), units[0], units[1], units[2],
                deadlines[0], deadlines[1], deadlines[2], misses);
    }

    private static PlanItem pair(JsonNode t, List<PlanItem> candidates) {
        List<String> path = strings(t.get("path"));
        String text = key(t.get("text").asText());
        for (PlanItem p : candidates) {
            if (p.path().equals(path) && key(p.text()).contains(text)) {
                return p;
            }
        }
        for (PlanItem p : candidates) {
            if (key(p.text()).contains(text)) {
                return p;
            }
        }
        return null;
    }

    private static Set<String> unitKeys(JsonNode t) {
        Set<String> out = new HashSet<>();
        strings(t.get("lead_units")).forEach(u -> out.add("牵头 " + key(u)));
        strings(t.get("responsible_units")).forEach(u -> out.add("责任 " + key(u)));
        return out;
    }

    private static Set<String> unitKeys(PlanItem p) {
        Set<String> out = new HashSet<>();
        p.leadUnits().forEach(u -> out.add("牵头 " + key(u)));
        p.responsibleUnits().forEach(u -> out.add("责任 " + key(u)));
        return out;
    }

    private static Set<String> deadlineKeys(JsonNode t) {
        List<String> phrases = strings(t.get("deadlines"));
        String due = t.get("due_date").isNull() ? "" : t.get("due_date").asText();
        Set<String> out = new HashSet<>();
        phrases.forEach(p -> out.add(key(p) + (phrases.size() == 1 ? " → " + due : "")));
        return out;
    }

    private static Set<String> deadlineKeys(PlanItem p) {
        String due = p.dueDate() == null ? "" : p.dueDate().toString();
        Set<String> out = new HashSet<>();
        p.deadlines().forEach(d -> out.add(key(d.phrase()) + (p.deadlines().size() == 1 ? " → " + due : "")));
        return out;
    }

    private static void compare(String label, Set<String> expected, Set<String> got, int[] counts, List<String> misses) {
        for (String e : expected) {
            if (got.contains(e)) {
                counts[0]++;
            } else {
                counts[2]++;
                misses.add("缺 " + label + " · " + e);
            }
        }
        for (String g : got) {
            if (!expected.contains(g)) {
                counts[1]++;
                misses.add("多 " + label + " · " + g);
            }
        }
    }

    /** Folded, without spaces: 縣(市、區) and 县（市、区） are the same name. */
    static String key(String s) {
        return TextFolding.fold(s == null ? "" : s).replaceAll("\\s+", "");
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 16 ? one.substring(0, 16) + "…" : one;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = PlanFieldScore.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Counts total(String set, Path folder, PrintStream out, boolean details) throws IOException {
        Counts total = ZERO;
        out.println("| " + set + " | 任务 R | 单位 P | 单位 R | 单位 F1 | 时限 P | 时限 R | 时限 F1 |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Case c : cases(set)) {
            Path dir = Files.createDirectories(folder.resolve(set + "-" + c.name()));
            Counts s = score(c, dir);
            out.println(row(c.name(), s));
            if (details) {
                s.misses().forEach(m -> out.println("    " + m));
            }
            total = total.plus(s);
        }
        out.println(row("**合计 " + cases(set).size() + " 份**", total));
        return total;
    }

    static String row(String name, Counts s) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %s | %s | %.3f |", name,
                ratio(s.tasksFound(), s.tasksExpected()),
                ratio(s.unitTp(), s.unitTp() + s.unitFp()), ratio(s.unitTp(), s.unitTp() + s.unitFn()), s.unitF1(),
                ratio(s.deadlineTp(), s.deadlineTp() + s.deadlineFp()), ratio(s.deadlineTp(), s.deadlineTp() + s.deadlineFn()),
                s.deadlineF1());
    }

    private static String ratio(int num, int den) {
        return den == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) num / den, num, den);
    }

    /** {@code dev} prints each miss; {@code test} prints only the figures unless {@code --details} is given. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Files.createTempDirectory("plan-field");
        String set = args.length > 0 ? args[0] : "dev";
        boolean details = set.equals("dev") || List.of(args).contains("--details");
        total(set, folder, out, details);
    }
}
