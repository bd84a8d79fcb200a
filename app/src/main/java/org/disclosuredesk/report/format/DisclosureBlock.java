// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.List;

/**
 * One block of table 二: its title row (e.g. 第二十条第（一）项), its header row (信息内容 and the figure
 * columns) and its rows. A block with fewer figure columns than the widest block spans its last cell.
 */
public record DisclosureBlock(String title, List<String> header, List<Row> rows) {

    /** A row: stable key, label (e.g. 规章) and one measure per figure column. */
    public record Row(String key, String label, List<Measure> measures) {
        public Row {
            measures = List.copyOf(measures);
        }
    }

    public DisclosureBlock {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.measures().size() != header.size() - 1) {
                throw new IllegalArgumentException("Row " + row.key() + " of block " + title + " does not fit its header");
            }
        }
    }

    /** The header label of figure column {@code i} (0-based), which is also the cell's column key. */
    public String column(int i) {
        return header.get(i + 1);
    }
}
