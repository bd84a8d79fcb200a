// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.disclosuredesk.shared.UserError;

/**
 * Reads an existing log: the first sheet of an .xlsx/.xls workbook, or a .csv as Excel and WPS write
 * it (UTF-8 with or without BOM, or GBK/GB18030 as a Chinese Windows saves it). The first non-empty
 * row is the header.
 */
public final class SheetReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SheetReader() {
    }

    public static SheetTable read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return csv(decode(Files.readAllBytes(file)));
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return workbook(in);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError) {
                throw (UserError) e;
            }
            throw new UserError("无法读取“" + file.getFileName() + "”：文件可能已损坏、受密码保护或正被其他程序打开。（" + e.getMessage() + "）", e);
        }
        throw new UserError("只能导入 .xlsx、.xls 或 .csv 文件：“" + file.getFileName() + "”。");
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030, a superset of GBK. */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    static SheetTable csv(String text) {
        List<List<Object>> lines = new ArrayList<>();
        List<Object> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return table(lines);
    }

    private static SheetTable workbook(InputStream in) throws IOException {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            List<List<Object>> lines = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(value(row.getCell(c), formatter));
                    }
                }
                lines.add(cells);
            }
            return table(lines);
        }
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
                return cell.getNumericCellValue();
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            case BLANK:
                return null;
            default:
                return formatter.formatCellValue(cell);
        }
    }

    /** The first row with any text is the header; rows with no text at all are skipped. */
    private static SheetTable table(List<List<Object>> lines) {
        int header = 0;
        while (header < lines.size() && isEmpty(lines.get(header))) {
            header++;
        }
        if (header >= lines.size()) {
            throw new UserError("文件中没有数据：第一行应是列标题，其后每行一件申请。");
        }
        List<String> headers = new ArrayList<>();
        for (Object h : lines.get(header)) {
            headers.add(h == null ? "" : h.toString().trim());
        }
        List<List<Object>> rows = new ArrayList<>();
        int first = header + 2;
        for (int i = header + 1; i < lines.size(); i++) {
            rows.add(lines.get(i));
        }
        while (!rows.isEmpty() && isEmpty(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
        }
        return new SheetTable(headers, rows, first);
    }

    static boolean isEmpty(List<Object> cells) {
        return cells.stream().allMatch(c -> c == null || c.toString().isBlank());
    }
}
