// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.disclosuredesk.register.DocumentDraft;

/**
 * What an import would do, before it does anything: the mapping used, how many rows can be stored (the
 * first {@value RegisterImporter#SAMPLE_ROWS} of them kept to show), and each row that cannot with its
 * reasons. Nothing is written until {@link RegisterImporter#commit}, which reads the file again and skips
 * {@code skippedRows}. {@code fileLines} is the file's own line (or sheet row) count, shown beside
 * {@code rowsRead} so rows a broken file hid would show as a difference.
 */
public record ImportPreview(Path file, List<String> headings, ColumnMapping mapping, int rowsRead, int fileLines,
        int validCount, List<Row> validRows, List<ImportProblem> problems, Set<Integer> skippedRows, FileStamp stamp) {

    /** A row that passed every check, with its spreadsheet row number. */
    public record Row(int rowNumber, DocumentDraft draft) {
    }

    public int rowsWithProblems() {
        return (int) problems.stream().mapToInt(ImportProblem::rowNumber).distinct().count();
    }

    public boolean canImport() {
        return validCount > 0;
    }
}
