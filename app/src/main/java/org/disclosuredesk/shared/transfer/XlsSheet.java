// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.disclosuredesk.shared.UserError;

/**
 * The old .xls format (Excel 97–2003, WPS .et saved as such). Its sheets hold at most 65,536 rows, so
 * reading it whole stays small; cells follow the same {@link CellRule} as .xlsx.
 */
final class XlsSheet implements SheetReader.Format {

    @Override
    public SheetReader.Summary read(Path file, SheetReader.RowHandler handler) {
        try (InputStream in = Files.newInputStream(file); HSSFWorkbook book = new HSSFWorkbook(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw new UserError("表格“" + file.getFileName() + "”中没有工作表。");
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int rows = 0;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows++;
                handler.row(row.getRowNum() + 1, List.copyOf(cells));
            }
            return new SheetReader.Summary(rows, sheet.getLastRowNum() + 1, "xls");
        } catch (UserError | SheetReader.Stop e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw SheetFailures.damaged(file, ".xls", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                return CellRule.number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString(), formatter);
            case STRING:
                return cell.getRichStringCellValue().getString();
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            case BLANK:
                return "";
            default:
                return formatter.formatCellValue(cell);
        }
    }
}
