// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.ReportTable;

/**
 * The county tables as .xlsx: one sheet per table (表二, 表三, 表四), one row per office and a last row
 * 全县合计; each column one cell of the report, headed 「row / column」 as the report prints them.
 */
final class CountyWorkbook {

    private CountyWorkbook() {
    }

    static void write(CountyTables county, OutputStream out) throws IOException {
        ReportFormat format = county.total().format();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            header.setFont(bold);
            header.setWrapText(true);
            for (ReportTable table : ReportTable.values()) {
                List<CellRef> cells = format.cells().stream().filter(c -> c.table() == table).toList();
                Sheet sheet = wb.createSheet("表" + table.numeral());
                Row head = sheet.createRow(0);
                head.createCell(0).setCellValue("单位");
                head.getCell(0).setCellStyle(header);
                for (int i = 0; i < cells.size(); i++) {
                    head.createCell(i + 1).setCellValue(format.rowLabel(cells.get(i)) + " / " + format.columnLabel(cells.get(i)));
                    head.getCell(i + 1).setCellStyle(header);
                    sheet.setColumnWidth(i + 1, 14 * 256);
                }
                int r = 1;
                for (CountyTables.Contribution office : county.offices()) {
                    row(sheet.createRow(r++), office.organ(), office.tables(), cells);
                }
                row(sheet.createRow(r), "全县合计", county.total(), cells);
                sheet.setColumnWidth(0, 28 * 256);
                sheet.createFreezePane(1, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, r, 0, cells.size()));
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            }
            wb.write(out);
        }
    }

    private static void row(Row row, String organ, ReportTables tables, List<CellRef> cells) {
        row.createCell(0).setCellValue(organ);
        for (int i = 0; i < cells.size(); i++) {
            CellRef cell = cells.get(i);
            long v = tables.value(cell);
            if (tables.format().valueKind(cell) == org.disclosuredesk.report.format.ValueKind.AMOUNT_WAN_YUAN) {
                row.createCell(i + 1).setCellValue(Double.parseDouble(tables.format().valueKind(cell).format(v)));
            } else {
                row.createCell(i + 1).setCellValue(v);
            }
        }
    }
}
