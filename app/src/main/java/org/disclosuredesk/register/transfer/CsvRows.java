// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.register.BodyText;
import org.disclosuredesk.shared.UserError;

/**
 * .csv as Excel and WPS write it: comma-separated, fields in double quotes may hold commas, quotes
 * ("") and line breaks. The encoding is UTF-8 when the bytes are valid UTF-8, else GBK/GB18030 (what
 * Excel writes on a Chinese Windows).
 */
final class CsvRows implements SheetRows {

    @Override
    public void read(Path file, RowHandler handler) {
        String text;
        try {
            text = BodyText.decodeText(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserError("无法读取“" + file.getFileName() + "”：" + e.getMessage(), e);
        }
        parse(text, handler);
    }

    static void parse(String text, RowHandler handler) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int startRow = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        row++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                handler.row(startRow, List.copyOf(cells));
                cells.clear();
                row++;
                startRow = row;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            handler.row(startRow, List.copyOf(cells));
        }
    }
}
