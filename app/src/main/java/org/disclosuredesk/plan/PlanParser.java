// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a 工作方案/实施方案/任务分工 into its title, issuer, document number, year and tasks. Pure Java, no
 * database: the import review, the command line and the benchmark call it alike. See
 * {@code docs/plan-parser.md} for the forms it reads and its measured precision and recall.
 */
public final class PlanParser {

    private PlanParser() {
    }

    /** {@code year} overrides the plan's year (null: read it from the title, the cover or the text). */
    public static ParsedPlan parse(PlanSource source, Integer year) {
        PlanLines lines = PlanLines.of(source);
        List<Object> flow = lines.flow();
        PlanHeader.Result header = PlanHeader.read(flow, lines.signatureYears(), year);
        OutlineNode root = PlanOutline.build(flow.subList(header.bodyStart(), flow.size()));
        List<PlanItem> items = ItemBuilder.build(root, header.year());
        return new ParsedPlan(header.title(), header.issuer(), header.docNumber(), header.year(), items,
                source.name(), source.text());
    }

    public static ParsedPlan parse(Path file, Integer year) {
        return parse(PlanFileReader.read(file), year);
    }

    /** Unit names typed as one text ("县财政局、县直各部门"), split as plans separate them. */
    public static List<String> splitUnits(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> names = ResponsibilityNote.units(text);
        if (names != null) {
            return names;
        }
        List<String> plain = new java.util.ArrayList<>();
        for (String s : text.split("[、，,；;]")) {
            if (!s.isBlank()) {
                plain.add(s.strip());
            }
        }
        return plain;
    }

    /** Time limits typed as one text, several separated by "；", each read as in a plan of {@code year}. */
    public static List<Deadline> readDeadlines(String phrases, Integer year) {
        List<Deadline> out = new java.util.ArrayList<>();
        if (phrases == null) {
            return out;
        }
        for (String p : phrases.split("[；;]")) {
            if (!p.isBlank()) {
                out.addAll(DeadlineFinder.fromCell(p.strip(), year));
            }
        }
        return out;
    }

    /** Text pasted into the window. */
    public static ParsedPlan parseText(String text, Integer year) {
        return parse(PlanSource.fromText("粘贴的文本", text), year);
    }
}
