// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.shared.UserError;

/**
 * Collects an existing log through the kit's streaming reader (.xlsx, .xls, .csv in any encoding): a
 * log holds hundreds of rows, and the preview shows every one of them. The first row with text is the
 * header; rows with no text at all are skipped.
 */
final class SheetReader {

    private SheetReader() {
    }

    static SheetTable read(Path file) {
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        org.disclosuredesk.shared.transfer.SheetReader.Summary summary =
                org.disclosuredesk.shared.transfer.SheetReader.read(file, (n, cells) -> {
                    if (org.disclosuredesk.shared.transfer.SheetReader.isBlank(cells)) {
                        return;
                    }
                    if (headers.isEmpty()) {
                        cells.forEach(h -> headers.add(h.strip()));
                    } else {
                        rows.add(cells);
                        numbers.add(n);
                    }
                });
        if (headers.isEmpty()) {
            throw new UserError("文件中没有数据：第一行应是列标题，其后每行一件申请。");
        }
        if (rows.isEmpty()) {
            throw new UserError("“" + file.getFileName() + "”只有列标题，没有数据行：请在标题行下每行填写一件申请后再导入。台账没有改动。");
        }
        return new SheetTable(file, headers, rows, numbers, summary.fileLines());
    }
}
