// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.text.TextDecoding;

/**
 * .csv as Excel and WPS write it (RFC 4180: commas, fields in double quotes may hold commas, "" and line
 * breaks), parsed by Apache Commons CSV as a stream in the encoding {@link TextDecoding} finds. Two
 * ways a broken quote used to swallow rows silently are errors naming the line: a quote never closed
 * (the rest of the file would become one cell), and a quoted cell holding a line shaped like a whole
 * row (as many commas as the heading row) — a missing closing quote that a later quote happened to close.
 */
final class CsvSheet implements SheetReader.Format {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    @Override
    public SheetReader.Summary read(Path file, SheetReader.RowHandler handler) {
        TextDecoding.Encoding encoding;
        try {
            encoding = TextDecoding.detect(file);
        } catch (IOException e) {
            throw new UserError("无法读取“" + file.getFileName() + "”：" + e.getMessage(), e);
        }
        int rows = 0;
        long startLine = 1;
        int width = 0;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            BufferedReader text = new BufferedReader(new InputStreamReader(in, encoding.charset()), 64 * 1024);
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    startLine = parser.getCurrentLineNumber() + 1;
                    if (!records.hasNext()) {
                        break;
                    }
                    List<String> cells = cells(records.next());
                    if (width == 0 && !SheetReader.isBlank(cells)) {
                        width = cells.size();
                    }
                    checkSwallowedRows(file, cells, (int) startLine, width);
                    rows++;
                    handler.row((int) startLine, cells);
                }
                return new SheetReader.Summary(rows, (int) parser.getCurrentLineNumber(), encoding.name());
            }
        } catch (UserError | SheetReader.Stop e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw brokenQuote(file, (int) startLine, e);
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(value == null ? "" : value);
        }
        // An empty line is one empty cell: the same "blank row" as an empty spreadsheet row.
        return List.copyOf(cells);
    }

    /** A quoted cell spanning lines, one of which looks like a whole row: the quote before it was never meant to close there. */
    private static void checkSwallowedRows(Path file, List<String> cells, int startLine, int width) {
        if (width < 3) {
            return;
        }
        for (String cell : cells) {
            if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
                continue;
            }
            String[] lines = cell.split("\r\n|\r|\n");
            for (int i = 1; i < lines.length; i++) {
                long commas = lines[i].chars().filter(c -> c == ',').count();
                if (commas >= width - 1) {
                    throw new UserError("“" + file.getFileName() + "”第 " + startLine + " 行的引号跨越了多行，第 "
                            + (startLine + i) + " 行看起来是完整的一行（有 " + commas + " 个逗号）：第 " + startLine
                            + " 行可能少了一个右引号。请在 Excel 或 WPS 中检查该行后重新保存。台账没有改动。");
                }
            }
        }
    }

    private static UserError brokenQuote(Path file, int line, Exception e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("EOF reached before encapsulated token finished")) {
            return new UserError("“" + file.getFileName() + "”第 " + line + " 行的引号没有闭合，其后各行都会被并入这一格："
                    + "请在该行补上右引号（或去掉多余的引号）后重新保存。台账没有改动。", e);
        }
        if (reason.contains("Invalid character between encapsulated token and delimiter")
                || reason.contains("invalid char between encapsulated token and delimiter")) {
            return new UserError("“" + file.getFileName() + "”第 " + line + " 行有一格在右引号后还有文字：引号内的引号应写成两个（\"\"）。"
                    + "请检查该行后重新保存。台账没有改动。", e);
        }
        return new UserError("无法读取“" + file.getFileName() + "”第 " + line + " 行：" + reason + "。台账没有改动。", e);
    }
}
