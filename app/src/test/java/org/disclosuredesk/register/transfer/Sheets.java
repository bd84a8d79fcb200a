// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small test workbooks: strings as text cells, Numbers as numeric cells, LocalDates as date-formatted cells. */
final class Sheets {

    private Sheets() {
    }

    static Path xlsx(Path file, Object[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("台账");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number) {
                        row.createCell(c).setCellValue(((Number) v).doubleValue());
                    } else if (v instanceof LocalDate) {
                        row.createCell(c).setCellValue((LocalDate) v);
                        row.getCell(c).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    static Object[] row(Object... cells) {
        return cells;
    }
}
