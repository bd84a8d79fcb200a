// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger export opens well in Excel and WPS: read back with POI. */
class LedgerWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void every_column_has_a_width_the_header_is_frozen_and_filtered_and_it_prints_a4_landscape() throws Exception {
        Path file = dir.resolve("台账.xlsx");
        List<LedgerWorkbook.Column> columns = List.of(new LedgerWorkbook.Column("标题", 40), new LedgerWorkbook.Column("成文日期", 4),
                new LedgerWorkbook.Column("附件数", 6), new LedgerWorkbook.Column("备注", 10));
        int rows = LedgerWorkbook.write(file, "台账", columns, sink -> {
            sink.row(Arrays.asList("通知", LocalDate.of(2025, 3, 5), 2, "字".repeat(40_000)));
            sink.row(Arrays.asList("公告", null, 0, null));
        });
        assertEquals(2, rows);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int c = 0; c < columns.size(); c++) {
                assertTrue(sheet.getColumnWidth(c) >= 8 * 256, "column " + c + " has a width");
            }
            assertTrue(sheet.getColumnWidth(1) >= 12 * 256, "a date never shows ####");
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter on the heading row");
            assertEquals("A1:D3", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(CellRangeAddress.valueOf("1:1"), sheet.getRepeatingRows());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals("等线", book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getFontName());
            assertEquals("等线", book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName());
            assertEquals(LocalDate.of(2025, 3, 5), sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(32_767, sheet.getRow(1).getCell(3).getStringCellValue().length(), "cut visibly, the export still works");
        }
        assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)
                == Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe"))).contains(PosixFilePermission.OTHERS_READ));
    }
}
