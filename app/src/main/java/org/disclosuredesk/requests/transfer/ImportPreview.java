// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.requests.ImportedRequest;

/**
 * What an import would store: each data row, read, with its problems (a row with problems is not stored).
 * {@code fileLines} is the file's own line count, shown beside the rows read.
 */
public record ImportPreview(List<Row> rows, ColumnMapping mapping, int fileLines) {

    /**
     * One data row; {@code request} is null when the row could not be read at all. {@code warnings}: what
     * was read through an alias or imported with a caveat (stored anyway, shown so nothing is guessed silently).
     */
    public record Row(int rowNumber, ImportedRequest request, List<String> problems, List<String> warnings) {

        public Row(int rowNumber, ImportedRequest request, List<String> problems) {
            this(rowNumber, request, problems, List.of());
        }

        public boolean isValid() {
            return problems.isEmpty() && request != null;
        }
    }

    public List<ImportedRequest> validRequests() {
        return rows.stream().filter(Row::isValid).map(Row::request).collect(Collectors.toList());
    }

    public List<Row> invalidRows() {
        return rows.stream().filter(r -> !r.isValid()).collect(Collectors.toList());
    }

    /** Every warning of a row that will be stored, one line each: 第 5 行：申请人类型“企业”按… */
    public List<String> warningLines() {
        return rows.stream().filter(Row::isValid).flatMap(r -> r.warnings().stream().map(w -> "第 " + r.rowNumber() + " 行：" + w))
                .collect(Collectors.toList());
    }

    /** Every problem, one line each: 第 5 行：收到申请日期“2025-13-01”不是存在的日期… */
    public List<String> problemLines() {
        return rows.stream().flatMap(r -> r.problems().stream().map(p -> "第 " + r.rowNumber() + " 行：" + p))
                .collect(Collectors.toList());
    }
}
