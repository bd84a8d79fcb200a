// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.disclosuredesk.shared.UserError;

/**
 * The rows of the first sheet of a spreadsheet, streamed one at a time so a ledger of 100,000 rows
 * never sits in memory as a workbook. Row numbers are the spreadsheet's own (1 = the heading row).
 */
public interface SheetRows {

    /** Receives each row; cells are text (dates as yyyy-MM-dd when the sheet formats them as dates). */
    interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    void read(Path file, RowHandler handler);

    /** Thrown by a handler that has read enough; readers let it through untouched. */
    final class Stop extends RuntimeException {
        public Stop() {
            super(null, null, false, false);
        }
    }

    /** The reader for a file, by its extension: .xlsx or .csv (.xls must be saved as .xlsx first). */
    static SheetRows forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxRows();
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvRows();
        }
        if (name.endsWith(".xls") || name.endsWith(".et") || name.endsWith(".wps")) {
            throw new UserError("不能直接读取旧版 Excel/WPS 表格“" + file.getFileName() + "”：请在 Excel 或 WPS 中“另存为”.xlsx 后再导入。");
        }
        throw new UserError("只能导入 .xlsx 或 .csv 文件：“" + file.getFileName() + "”。");
    }
}
