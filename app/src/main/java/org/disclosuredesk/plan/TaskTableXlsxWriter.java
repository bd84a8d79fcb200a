// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/** Writes the 任务分工表 as .xlsx: a title row, the header, section rows merged across, wrapped text, landscape. */
public final class TaskTableXlsxWriter {

    private static final int[] WIDTHS = {6, 60, 18, 24, 16, 14};

    private TaskTableXlsxWriter() {
    }

    public static void write(TaskTableExport table, Path file) {
        AtomicFileWriter.write(file, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet("任务分工表");
                CellStyle title = style(book, true, 14, HorizontalAlignment.CENTER, false);
                CellStyle header = style(book, true, 11, HorizontalAlignment.CENTER, true);
                header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                CellStyle section = style(book, true, 11, HorizontalAlignment.LEFT, true);
                CellStyle body = style(book, false, 11, HorizontalAlignment.LEFT, true);
                CellStyle centered = style(book, false, 11, HorizontalAlignment.CENTER, true);

                Row titleRow = sheet.createRow(0);
                titleRow.createCell(0).setCellValue(table.title() + "任务分工表");
                titleRow.getCell(0).setCellStyle(title);
                titleRow.setHeightInPoints(28);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
                Row head = sheet.createRow(1);
                for (int c = 0; c < TaskTableExport.COLUMNS.size(); c++) {
                    head.createCell(c).setCellValue(TaskTableExport.COLUMNS.get(c));
                    head.getCell(c).setCellStyle(header);
                }
                int r = 2;
                for (TaskTableExport.Row row : table.rows()) {
                    Row x = sheet.createRow(r);
                    List<String> cells = row.cells();
                    for (int c = 0; c < cells.size(); c++) {
                        x.createCell(c).setCellValue(row.section() ? (c == 0 ? row.task() : "") : cells.get(c));
                        x.getCell(c).setCellStyle(row.section() ? section : c == 0 || c == 5 ? centered : body);
                    }
                    if (row.section()) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
                    }
                    r++;
                }
                for (int c = 0; c < WIDTHS.length; c++) {
                    sheet.setColumnWidth(c, WIDTHS[c] * 256);
                }
                sheet.createFreezePane(0, 2);
                sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                book.write(out);
            }
        });
    }

    private static CellStyle style(XSSFWorkbook book, boolean bold, int size, HorizontalAlignment align, boolean border) {
        CellStyle s = book.createCellStyle();
        Font f = book.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) size);
        f.setFontName("宋体");
        s.setFont(f);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
