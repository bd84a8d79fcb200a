// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.util.List;

/**
 * A sheet as read: the header row and the data rows. A cell is a {@code String}, a {@code Double}
 * (an Excel number, possibly a date serial), a {@code java.time.LocalDate} (a date-formatted cell),
 * or null. {@code firstRowNumber} is the sheet row number of the first data row, for messages.
 */
public record SheetTable(List<String> headers, List<List<Object>> rows, int firstRowNumber) {

    public Object cell(int row, int column) {
        List<Object> r = rows.get(row);
        return column < 0 || column >= r.size() ? null : r.get(column);
    }
}
