// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The broken files an office really produces, built on demand: empty files, GBK text, a .docx that is a
 * zip of something else, spreadsheets with huge cells, formulas, Excel serial dates and repeated rows.
 * Importer adapters use these to state their broken-input cases in a line each.
 */
final class HostileFiles {

    /** Excel's longest cell text (32,767 characters). */
    static final String HUGE_CELL = "很长的单元格".repeat(5461) + "1";

    /** A formula cell, e.g. {@code formula("TODAY()")}. */
    record Formula(String expression) {
    }

    /** A date stored the way Excel stores it: a serial number with a date format. */
    record ExcelDate(LocalDate date) {
        double serial() {
            return date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
        }
    }

    private HostileFiles() {
    }

    static Path empty(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[0]);
    }

    static Path text(Path dir, String name, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    static Path gbk(Path dir, String name, String content) throws IOException {
        return text(dir, name, content, Charset.forName("GBK"));
    }

    /** A valid zip (what .docx and .xlsx are) holding something else entirely. */
    static Path zipOfSomethingElse(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("照片/IMG_0001.jpg"));
            zip.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("说明.txt"));
            zip.write("这是一个压缩包，不是 Word 或 Excel 文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A one-sheet .xlsx; a cell value is a String, a Number, a {@link Formula}, an {@link ExcelDate} or null. */
    static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Sheet1");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Formula) {
                        cell.setCellFormula(((Formula) value).expression());
                    } else if (value instanceof ExcelDate) {
                        cell.setCellValue(((ExcelDate) value).serial());
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Number) {
                        cell.setCellValue(((Number) value).doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    /** A .docx with one paragraph per line. */
    static Path docx(Path dir, String name, List<String> paragraphs) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    /** A CSV in the given encoding (GBK is what Excel writes on a Chinese Windows). */
    static Path csv(Path dir, String name, Charset charset, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i) == null ? "" : row.get(i);
                text.append(i == 0 ? "" : ",").append(v.contains(",") || v.contains("\"") || v.contains("\n")
                        ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            text.append("\r\n");
        }
        return text(dir, name, text.toString(), charset);
    }
}
