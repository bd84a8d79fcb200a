// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;

/** A plan document read into blocks, with its plain-text rendering (offsets of blocks point into it). */
public record PlanSource(String name, String text, List<SourceBlock> blocks) {

    public PlanSource {
        blocks = List.copyOf(blocks);
    }

    /**
     * Pasted or .txt text: one paragraph per line. A run of lines with two or more tabs is a table
     * copied from Word or Excel (cells separated by tabs; a merged cell arrives as an empty cell).
     */
    public static PlanSource fromText(String name, String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int pos = 0;;) {
            int nl = text.indexOf('\n', pos);
            starts.add(pos);
            lines.add(text.substring(pos, nl < 0 ? text.length() : nl));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        int[] lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        List<SourceBlock> blocks = new ArrayList<>();
        List<List<SourceBlock.Cell>> tableRows = new ArrayList<>();
        int tableStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int pos = lineStarts[i];
            if (tableRows.isEmpty() && FlatTable.mayStart(line)) {
                java.util.Optional<FlatTable.Found> flat = FlatTable.at(lines, i, lineStarts, text.length());
                if (flat.isPresent()) {
                    blocks.add(flat.get().table());
                    i += flat.get().lineCount() - 1;
                    continue;
                }
            }
            if (tabs(line) >= 2) {
                if (tableRows.isEmpty()) {
                    tableStart = pos;
                }
                List<SourceBlock.Cell> cells = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    cells.add(new SourceBlock.Cell(cell.strip(), false, false));
                }
                tableRows.add(cells);
            } else {
                if (!tableRows.isEmpty()) {
                    blocks.add(new SourceBlock.Table(padded(tableRows), tableStart, pos - 1));
                    tableRows.clear();
                }
                blocks.add(new SourceBlock.Paragraph(line, null, pos, pos + line.length()));
            }
        }
        if (!tableRows.isEmpty()) {
            blocks.add(new SourceBlock.Table(padded(tableRows), tableStart, text.length()));
        }
        return new PlanSource(name, text, blocks);
    }

    private static int tabs(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                n++;
            }
        }
        return n;
    }

    private static List<List<SourceBlock.Cell>> padded(List<List<SourceBlock.Cell>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<SourceBlock.Cell>> out = new ArrayList<>();
        for (List<SourceBlock.Cell> row : rows) {
            List<SourceBlock.Cell> r = new ArrayList<>(row);
            while (r.size() < width) {
                r.add(new SourceBlock.Cell("", false, false));
            }
            out.add(r);
        }
        return out;
    }
}
