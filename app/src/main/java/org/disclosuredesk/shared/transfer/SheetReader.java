// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosuredesk.shared.UserError;

/**
 * The one spreadsheet reader of the app: the rows of the first sheet of an .xlsx (streamed through POI's
 * SAX event API, so a ledger of 100,000 rows never sits in memory as a workbook), an .xls, or a .csv as
 * Excel and WPS write it (encoding detected once by {@code TextDecoding}). Every cell arrives as text
 * under {@link CellRule}'s one rule for dates and numbers, with NUL bytes removed. Row numbers are the
 * sheet's own (1 = the first row), as a clerk sees them.
 */
public final class SheetReader {

    /** Receives each row in order. */
    public interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    /** Thrown by a handler that has read enough (e.g. after the heading row); readers let it through. */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Stop() {
            super(null, null, false, false);
        }
    }

    /** What a pass read: rows handed over, and the file's own line (or sheet row) count to show against it. */
    public record Summary(int rows, int fileLines, String encoding) {
    }

    interface Format {
        Summary read(Path file, RowHandler handler);
    }

    private SheetReader() {
    }

    /** Reads every row of {@code file}; a file that cannot be read is a {@link UserError} naming the fix. */
    public static Summary read(Path file, RowHandler handler) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("找不到文件“" + file + "”。");
        }
        return format(file).read(file, (n, cells) -> handler.row(n, clean(cells)));
    }

    /** The first row with any text, or empty when there is none. */
    public static List<String> headings(Path file) {
        List<String> headings = new ArrayList<>();
        try {
            read(file, (n, cells) -> {
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    headings.addAll(cells);
                    throw new Stop();
                }
            });
        } catch (Stop done) {
            // stop reading after the heading row
        }
        return headings;
    }

    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    private static Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxSheet();
        }
        if (name.endsWith(".xls") || name.endsWith(".et")) {
            return new XlsSheet();
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvSheet();
        }
        throw new UserError("只能导入 .xlsx、.xls 或 .csv 文件：“" + file.getFileName() + "”。");
    }

    /** NUL bytes (from a damaged file or a bad export) are removed, never stored or shown as boxes. */
    private static List<String> clean(List<String> cells) {
        List<String> out = null;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.indexOf('\u0000') >= 0) {
                if (out == null) {
                    out = new ArrayList<>(cells);
                }
                out.set(i, c.replace("\u0000", ""));
            }
        }
        return out == null ? cells : List.copyOf(out);
    }
}
