// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import would do, before it does anything, for any ledger: the file and its headings, the mapping
 * used, the data rows read beside the file's own line (or sheet row) count (so rows a broken file hid show
 * as a difference), how many rows can be stored, the rows kept to show ({@code rows}: a streaming import
 * keeps a sample of valid rows, a small one every row), each problem of a row that cannot be stored, and
 * the warnings of rows stored with a caveat. {@code stamp} lets a commit that reads the file again know it
 * is the same file. {@code T} is what one row becomes (a document draft, an imported request).
 */
public record ImportPreview<T, F extends Enum<F> & SheetField>(Path file, List<String> headings, ColumnMapping<F> mapping,
        int rowsRead, int fileLines, int validCount, List<Row<T>> rows, List<ImportProblem> problems, FileStamp stamp) {

    public ImportPreview {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * One data row with its spreadsheet row number; {@code value} is null when the row could not be read at all.
     * {@code warnings}: what was read through an alias or with a caveat (stored anyway, shown so nothing is guessed silently).
     */
    public record Row<T>(int rowNumber, T value, List<String> problems, List<String> warnings) {

        public Row(int rowNumber, T value) {
            this(rowNumber, value, List.of(), List.of());
        }

        public boolean isValid() {
            return value != null && problems.isEmpty();
        }
    }

    public List<Row<T>> validRows() {
        return rows.stream().filter(Row::isValid).collect(Collectors.toList());
    }

    public List<T> validValues() {
        return rows.stream().filter(Row::isValid).map(Row::value).collect(Collectors.toList());
    }

    public List<Row<T>> invalidRows() {
        return rows.stream().filter(r -> !r.isValid()).collect(Collectors.toList());
    }

    /** The row numbers that have a problem: a commit skips them. */
    public Set<Integer> skippedRows() {
        return problems.stream().map(ImportProblem::rowNumber).collect(Collectors.toUnmodifiableSet());
    }

    public int rowsWithProblems() {
        return skippedRows().size();
    }

    public boolean canImport() {
        return validCount > 0;
    }

    /** Every problem, one line each: 第 5 行，成文日期：“2025-02-30”不是存在的日期. */
    public List<String> problemLines() {
        return problems.stream().map(ImportProblem::describe).collect(Collectors.toList());
    }

    /** Every warning of a row that will be stored, one line each: 第 5 行：申请人类型“企业”按… */
    public List<String> warningLines() {
        return rows.stream().filter(Row::isValid).flatMap(r -> r.warnings().stream().map(w -> new ImportProblem(r.rowNumber(), null, w).describe()))
                .collect(Collectors.toList());
    }
}
