// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.DocumentRef;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.FileStamp;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.shared.transfer.ImportProblem;
import org.disclosuredesk.shared.transfer.SheetReader;

/**
 * Imports an office's existing ledger (.xlsx, .xls or .csv): first a preview that checks every row as
 * it streams past — bad 文号, dates that are not dates (Excel serial numbers are dates), unknown 文种,
 * duplicates within the file and against the register — then one transaction that stores all valid
 * rows or none. Neither pass holds the rows: the preview keeps the problems, the numbers already seen
 * and the rows to skip; the commit reads the file again and streams the valid rows into the register,
 * so 100,000 rows import in flat memory. The column mapping is remembered for the next import.
 */
public final class RegisterImporter {

    public static final String MAPPING_KEY = "register.import.mapping";
    private static final ColumnMapping.FileShape SHAPE = ColumnMapping.FileShape.HEADING_TO_FIELD;
    private static final int DUPLICATE_CHECK_CHUNK = 500;
    /** Valid rows kept in the preview to show; the rest are counted, and read again at commit. */
    static final int SAMPLE_ROWS = 200;

    private final RegisterService register;
    private final SettingsService settings;

    public RegisterImporter(RegisterService register, SettingsService settings) {
        this.register = register;
        this.settings = settings;
    }

    /** The mapping remembered from the last import, or none. */
    public ColumnMapping<RegisterColumn> rememberedMapping() {
        return settings.value(MAPPING_KEY).map(json -> fromJson(json, "已保存的列对应")).orElse(ColumnMapping.empty(RegisterColumn.class));
    }

    public static ColumnMapping<RegisterColumn> readMappingFile(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UserError("无法读取列对应文件“" + file + "”。", e);
        }
    }

    /** A register mapping file: sheet heading → column, {@code {"文件标题": "title", "印发日期": "written_on"}}. */
    public static ColumnMapping<RegisterColumn> fromJson(String json, String source) {
        return ColumnMapping.fromJson(RegisterColumn.class, json, SHAPE, source, "{\"文件标题\": \"title\", \"印发日期\": \"written_on\"}");
    }

    /** The headings of the file's first row, to show the mapping before a preview. */
    public List<String> headings(Path file) {
        return SheetReader.headings(file);
    }

    /** Reads and checks every row; writes nothing. {@code mapping} null means: remembered, then by name. */
    // [impl->req~register.import~1]
    public ImportPreview<DocumentDraft, RegisterColumn> preview(Path file, ColumnMapping<RegisterColumn> mapping, BackgroundTask.Progress progress) {
        Reading reading = new Reading(file, mapping, progress);
        SheetReader.Summary summary = SheetReader.read(file, reading::row);
        if (reading.reader == null) {
            throw new UserError("“" + file.getFileName() + "”是空表：第一行应为列标题（标题、文号、成文日期……）。");
        }
        if (reading.rowsRead == 0) {
            throw new UserError("“" + file.getFileName() + "”只有列标题，没有数据行：请在标题行下填写文件后再导入。台账没有改动。");
        }
        reading.flushDuplicateCheck();
        List<ImportPreview.Row<DocumentDraft>> sample = reading.sample.stream()
                .filter(r -> !reading.badRows.contains(r.rowNumber()))
                .collect(Collectors.toList());
        List<ImportProblem> problems = new ArrayList<>(reading.problems);
        problems.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return new ImportPreview<>(file, reading.headings, reading.mapping, reading.rowsRead, summary.fileLines(),
                reading.checked - reading.badChecked(), sample, problems, FileStamp.of(file));
    }

    /** Stores the preview's valid rows in one transaction and remembers the mapping; returns how many. */
    public int commit(ImportPreview<DocumentDraft, RegisterColumn> preview, BackgroundTask.Progress progress) {
        if (!preview.canImport()) {
            throw new UserError("没有可导入的行：请先改正表格中的错误。台账没有改动。");
        }
        if (!FileStamp.of(preview.file()).equals(preview.stamp())) {
            throw new UserError("“" + preview.file().getFileName() + "”在预览之后被修改过：请重新预览后再导入。台账没有改动。");
        }
        Set<Integer> skipped = preview.skippedRows();
        int stored = register.insertStreamed(preview.validCount(), sink -> {
            RowReader reader = new RowReader(preview.headings(), preview.mapping(), register.indexPattern());
            boolean[] heading = {false};
            SheetReader.read(preview.file(), (n, cells) -> {
                if (!heading[0]) {
                    heading[0] = !SheetReader.isBlank(cells);
                    return;
                }
                if (SheetReader.isBlank(cells) || reader.isBlank(cells) || skipped.contains(n)) {
                    return;
                }
                DocumentDraft draft = reader.read(n, cells).draft();
                if (draft == null) {
                    throw new UserError("“" + preview.file().getFileName() + "”第 " + n + " 行与预览时不同：请重新预览后再导入。台账没有改动。");
                }
                sink.accept(draft);
            });
        }, d -> "", preview.file().getFileName().toString(), progress);
        settings.putValue(MAPPING_KEY, preview.mapping().toJson(SHAPE));
        return stored;
    }

    /** State of one pass over a file. */
    private final class Reading {
        private final Path file;
        private final ColumnMapping<RegisterColumn> requested;
        private final BackgroundTask.Progress progress;
        private List<String> headings;
        private ColumnMapping<RegisterColumn> mapping;
        private RowReader reader;
        private int rowsRead;
        private final List<ImportPreview.Row<DocumentDraft>> sample = new ArrayList<>();
        private int checked;
        private int registered;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final java.util.Set<Integer> badRows = new java.util.HashSet<>();
        private final Map<String, Integer> docNumbersSeen = new HashMap<>();
        private final Map<String, Integer> indexNumbersSeen = new HashMap<>();
        private final List<ImportPreview.Row<DocumentDraft>> unchecked = new ArrayList<>();

        Reading(Path file, ColumnMapping<RegisterColumn> requested, BackgroundTask.Progress progress) {
            this.file = file;
            this.requested = requested;
            this.progress = progress;
        }

        void row(int rowNumber, List<String> cells) {
            if (reader == null) {
                if (SheetReader.isBlank(cells)) {
                    return;
                }
                start(cells);
                return;
            }
            if (SheetReader.isBlank(cells) || reader.isBlank(cells)) {
                return;
            }
            if (progress.isCancelled()) {
                throw new UserError("已取消导入，台账没有改动。");
            }
            rowsRead++;
            RowReader.Result result = reader.read(rowNumber, cells);
            if (result.draft() == null) {
                problems.addAll(result.problems());
                badRows.add(rowNumber);
            } else {
                ImportPreview.Row<DocumentDraft> row = new ImportPreview.Row<>(rowNumber, result.draft());
                if (duplicateInFile(row)) {
                    badRows.add(rowNumber);
                    return;
                }
                checked++;
                if (sample.size() < SAMPLE_ROWS) {
                    sample.add(row);
                }
                unchecked.add(row);
                if (unchecked.size() == DUPLICATE_CHECK_CHUNK) {
                    flushDuplicateCheck();
                }
            }
            if (rowsRead % 1000 == 0) {
                progress.update(rowsRead, -1, "已检查 " + rowsRead + " 行");
            }
        }

        private void start(List<String> headingRow) {
            headings = headingRow;
            mapping = requested != null ? ColumnMapping.guess(headingRow, requested) : ColumnMapping.guess(headingRow, rememberedMapping());
            for (String missing : mapping.missingRequired()) {
                throw new UserError("“" + file.getFileName() + "”中找不到“" + missing + "”列。请在列对应中指定哪一列是"
                        + missing + "（表头：" + String.join("、", headingRow) + "）。台账没有改动。");
            }
            reader = new RowReader(headingRow, mapping, register.indexPattern());
        }

        private boolean duplicateInFile(ImportPreview.Row<DocumentDraft> row) {
            boolean duplicate = false;
            String number = row.value().docNumber();
            if (number != null) {
                Integer first = docNumbersSeen.putIfAbsent(number, row.rowNumber());
                if (first != null) {
                    problems.add(new ImportProblem(row.rowNumber(), reader.heading(RegisterColumn.DOC_NUMBER),
                            "文号“" + number + "”与第 " + first + " 行重复。"));
                    duplicate = true;
                }
            }
            String index = row.value().indexNumber();
            if (index != null) {
                Integer first = indexNumbersSeen.putIfAbsent(index, row.rowNumber());
                if (first != null) {
                    problems.add(new ImportProblem(row.rowNumber(), reader.heading(RegisterColumn.INDEX_NUMBER),
                            "索引号“" + index + "”与第 " + first + " 行重复。"));
                    duplicate = true;
                }
            }
            return duplicate;
        }

        /** Rows that passed their own checks and were then refused as already in the register. */
        int badChecked() {
            return registered;
        }

        /** Rows already in the register are refused naming the stored entry; checked 500 rows per query. */
        void flushDuplicateCheck() {
            if (unchecked.isEmpty()) {
                return;
            }
            Map<String, DocumentRef> numbers = register.existingDocNumbers(unchecked.stream().map(r -> r.value().docNumber())
                    .filter(java.util.Objects::nonNull).collect(Collectors.toList()));
            Map<String, DocumentRef> indexes = register.existingIndexNumbers(unchecked.stream().map(r -> r.value().indexNumber())
                    .filter(java.util.Objects::nonNull).collect(Collectors.toList()));
            for (ImportPreview.Row<DocumentDraft> r : unchecked) {
                boolean before = badRows.contains(r.rowNumber());
                DocumentRef byNumber = r.value().docNumber() == null ? null : numbers.get(r.value().docNumber());
                if (byNumber != null) {
                    problems.add(new ImportProblem(r.rowNumber(), reader.heading(RegisterColumn.DOC_NUMBER),
                            "文号“" + r.value().docNumber() + "”已登记：" + byNumber.describe() + "。"));
                    badRows.add(r.rowNumber());
                }
                DocumentRef byIndex = r.value().indexNumber() == null ? null : indexes.get(r.value().indexNumber());
                if (byIndex != null) {
                    problems.add(new ImportProblem(r.rowNumber(), reader.heading(RegisterColumn.INDEX_NUMBER),
                            "索引号“" + r.value().indexNumber() + "”已登记：" + byIndex.describe() + "。"));
                    badRows.add(r.rowNumber());
                }
                if (!before && badRows.contains(r.rowNumber())) {
                    registered++;
                }
            }
            unchecked.clear();
        }
    }
}
