// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader: every format and encoding an office sends, and the broken files a hostile tester sent. */
class SheetReaderTest {

    @TempDir
    Path dir;

    private static final String CSV = "标题,成文日期,电话\n通知,2025-03-05,13800138000\n\"含,逗号\",45721,\n";

    private List<List<String>> rows(Path file) {
        List<List<String>> rows = new ArrayList<>();
        SheetReader.read(file, (n, cells) -> rows.add(cells));
        return rows;
    }

    @Test
    void a_csv_reads_the_same_in_every_encoding_windows_saves() throws Exception {
        List<List<String>> expected = List.of(List.of("标题", "成文日期", "电话"), List.of("通知", "2025-03-05", "13800138000"),
                List.of("含,逗号", "45721", ""));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(expected, rows(write("utf8.csv", CSV.getBytes(StandardCharsets.UTF_8))));
        assertEquals(expected, rows(write("bom.csv", concat(bom, CSV.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(expected, rows(write("gbk.csv", CSV.getBytes(Charset.forName("GBK")))));
        assertEquals(expected, rows(write("utf16bom.csv", CSV.replaceFirst("^", "\uFEFF").getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(expected, rows(write("utf16.csv", CSV.getBytes(StandardCharsets.UTF_16LE))), "UTF-16 without a BOM, by its NUL bytes");
        assertEquals(expected, rows(write("utf16be.csv", CSV.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void an_unclosed_quote_is_an_error_naming_its_line() throws Exception {
        Path file = write("q.csv", "申请人,内容,电话\n张三,\"第一件,13800000000\n李四,第二件,13900000000\n王五,第三件,13700000000\n"
                .getBytes(StandardCharsets.UTF_8));
        UserError e = assertThrows(UserError.class, () -> rows(file));
        assertTrue(e.getMessage().contains("第 2 行的引号没有闭合"), e.getMessage());
    }

    @Test
    void a_quoted_cell_swallowing_a_row_shaped_line_is_an_error_naming_the_lines() throws Exception {
        Path file = write("s.csv", "申请人,内容,电话\n张三,\"第一件,138\n李四,第二件,139\n王五,\"\"第三件\",137\n"
                .getBytes(StandardCharsets.UTF_8));
        UserError e = assertThrows(UserError.class, () -> rows(file));
        assertTrue(e.getMessage().contains("第 2 行") && e.getMessage().contains("第 3 行看起来是完整的一行"), e.getMessage());
    }

    @Test
    void a_quoted_cell_with_ordinary_line_breaks_is_one_cell_and_the_file_lines_are_counted() throws Exception {
        Path file = write("ok.csv", "申请人,内容,电话\n张三,\"第一行\n第二行\",138\n".getBytes(StandardCharsets.UTF_8));
        List<List<String>> rows = new ArrayList<>();
        SheetReader.Summary summary = SheetReader.read(file, (n, cells) -> rows.add(cells));
        assertEquals("第一行\n第二行", rows.get(1).get(1));
        assertEquals(2, summary.rows());
        assertEquals(3, summary.fileLines());
    }

    @Test
    void nul_bytes_in_cells_are_removed() throws Exception {
        Path file = write("nul.csv", "标题,文号\n通\u0000知,府办\u0000发\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("通知", "府办发"), rows(file).get(1));
    }

    @Test
    void xlsx_and_xls_give_the_same_text_under_one_cell_rule() throws Exception {
        Path xlsx = workbook(new XSSFWorkbook(), "t.xlsx");
        Path xls = workbook(new HSSFWorkbook(), "t.xls");
        List<String> expected = List.of("通知", "2025-03-05", "13800138000", "45721", "2.5");
        assertEquals(expected, rows(xlsx).get(1));
        assertEquals(expected, rows(xls).get(1));
    }

    @Test
    void a_doctype_in_an_xlsx_is_one_chinese_line() throws Exception {
        Path good = workbook(new XSSFWorkbook(), "good.xlsx");
        Path bad = dir.resolve("bad.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] body = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>");
                    body = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(body);
            }
        }
        UserError e = assertThrows(UserError.class, () -> rows(bad));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void the_console_gets_no_stack_trace_from_poi_for_a_refused_doctype() throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = SheetReaderTest.class.getResourceAsStream("/logging.properties")) {
            config.load(in);
        }
        assertEquals("OFF", config.getProperty("org.apache.poi.util.XMLHelper.level"),
                "POI logs the refused DOCTYPE with 40 lines of stack trace before throwing it");
    }

    @Test
    void a_date_column_reads_excel_serials_between_1950_and_2100_and_nothing_else() {
        assertEquals(LocalDate.of(2025, 3, 5), CellRule.date("45721", "成文日期"));
        assertEquals(LocalDate.of(2025, 3, 5), CellRule.date("45721.5", "成文日期"));
        assertEquals(LocalDate.of(2025, 3, 5), CellRule.date("2025/3/5 14:30", "成文日期"));
        assertEquals(LocalDate.of(2025, 3, 5), CellRule.date("２０２５年３月５日", "成文日期"));
        assertThrows(UserError.class, () -> CellRule.date("12345", "成文日期"));
        assertThrows(UserError.class, () -> CellRule.date("99999", "成文日期"));
    }

    @Test
    void an_export_cuts_a_cell_over_excels_limit_with_a_note() {
        String fitted = LedgerWorkbook.fit("字".repeat(40_000));
        assertEquals(ExcelLimits.MAX_CELL_CHARS, fitted.length());
        assertTrue(fitted.endsWith("此处截断；全文见政务公开工作台）") && fitted.contains("原文共 40000 字"), fitted.substring(32_700));
        assertTrue(ExcelLimits.tooLong("申请内容", "字".repeat(32_768)).orElseThrow().contains("32767"));
        assertTrue(ExcelLimits.tooLong("申请内容", "字".repeat(32_767)).isEmpty());
    }

    private Path workbook(Workbook book, String name) throws Exception {
        try (book; OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            Sheet sheet = book.createSheet("台账");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("标题");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("通知");
            row.createCell(1).setCellValue(LocalDate.of(2025, 3, 5));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(13800138000.0);
            row.createCell(3).setCellValue(45721);
            row.createCell(4).setCellValue(2.5);
            book.write(out);
        }
        return dir.resolve(name);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
