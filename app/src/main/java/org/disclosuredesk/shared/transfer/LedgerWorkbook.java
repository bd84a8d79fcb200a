// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/**
 * The one .xlsx writer for ledger exports, so each opens well in Excel and WPS: every column has a
 * width (a date never shows ####), the heading row is frozen and has an autofilter, the font is 等线
 * (present on every Windows since Office 2016, WPS maps it), and it prints on A4 landscape, one page
 * wide, with the heading row repeated on every page. Rows stream through POI's SXSSF writer (100 in
 * memory at a time) into the kit's atomic file writer. A text longer than Excel's cell limit is cut
 * with a note saying so, never an export that fails for the whole year.
 */
public final class LedgerWorkbook {

    /** A column: its heading and its width in characters (a CJK character counts two). */
    public record Column(String heading, int width) {
    }

    /** Receives the rows; a value is a String, a LocalDate, a Number or null (an empty cell). */
    public interface Rows {
        void write(Sink sink);
    }

    public interface Sink {
        void row(List<?> values);
    }

    static final String FONT = "等线";
    private static final int WINDOW = 100;
    private static final int DATE_WIDTH = 12;

    private LedgerWorkbook() {
    }

    /** Writes one sheet to {@code target} atomically; returns the number of data rows written. */
    public static int write(Path target, String sheetName, List<Column> columns, Rows rows) {
        int[] written = {0};
        AtomicFileWriter.write(target, out -> {
            SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
            try {
                book.setCompressTempFiles(true);
                written[0] = fill(book, sheetName, columns, rows);
                book.write(out);
            } finally {
                book.dispose();
                book.close();
            }
        });
        return written[0];
    }

    private static int fill(SXSSFWorkbook book, String sheetName, List<Column> columns, Rows rows) throws IOException {
        Font plain = book.getFontAt(0);
        plain.setFontName(FONT);
        plain.setFontHeightInPoints((short) 11);
        Font bold = book.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        CellStyle head = book.createCellStyle();
        head.setFont(bold);
        head.setVerticalAlignment(VerticalAlignment.CENTER);
        CellStyle date = book.createCellStyle();
        date.setFont(plain);
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

        SXSSFSheet sheet = book.createSheet(sheetName);
        Row heading = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = heading.createCell(c);
            cell.setCellValue(columns.get(c).heading());
            cell.setCellStyle(head);
            int chars = Math.max(columns.get(c).width(), displayWidth(columns.get(c).heading()) + 2);
            sheet.setColumnWidth(c, Math.min(255, chars) * 256);
        }
        int[] n = {0};
        rows.write(values -> {
            Row row = sheet.createRow(++n[0]);
            for (int c = 0; c < values.size(); c++) {
                set(row, c, values.get(c), date, sheet);
            }
        });
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(n[0], 1), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        return n[0];
    }

    private static void set(Row row, int col, Object value, CellStyle date, SXSSFSheet sheet) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        if (value instanceof LocalDate) {
            cell.setCellValue((LocalDate) value);
            cell.setCellStyle(date);
            if (sheet.getColumnWidth(col) < DATE_WIDTH * 256) {
                sheet.setColumnWidth(col, DATE_WIDTH * 256);
            }
        } else if (value instanceof Number) {
            cell.setCellValue(((Number) value).doubleValue());
        } else {
            cell.setCellValue(fit(value.toString()));
        }
    }

    /** Text within Excel's cell limit; a longer one is cut with a note naming its full length. */
    static String fit(String text) {
        if (text.length() <= ExcelLimits.MAX_CELL_CHARS) {
            return text;
        }
        String note = "……（原文共 " + text.length() + " 字，超出 Excel 单元格上限 " + ExcelLimits.MAX_CELL_CHARS
                + " 字，此处截断；全文见政务公开工作台）";
        return text.substring(0, ExcelLimits.MAX_CELL_CHARS - note.length()) + note;
    }

    /** Characters as Excel measures them: a CJK character is about two Latin ones wide. */
    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }
}
