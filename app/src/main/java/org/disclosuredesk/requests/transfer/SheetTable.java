// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.nio.file.Path;
import java.util.List;

/**
 * A log as read by the kit's {@code SheetReader}: the header row and the data rows as text (dates as
 * yyyy-MM-dd, numbers written out in full), each with its row number in the file for messages.
 * {@code fileLines} is the file's own line count, shown beside the rows read; {@code file} the file read.
 */
public record SheetTable(Path file, List<String> headers, List<List<String>> rows, List<Integer> rowNumbers, int fileLines) {

    public String cell(int row, int column) {
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() ? "" : r.get(column);
    }

    public int rowNumber(int row) {
        return rowNumbers.get(row);
    }
}
