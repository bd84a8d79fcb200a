// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;

/**
 * Writes any view of the register to .xlsx with POI's streaming SXSSF writer (100 rows in memory at a
 * time), into a temporary file beside the target that is moved into place only when complete, so the
 * office's previous export survives a crash or a full disk. The headings are the import's, so an
 * exported register imports again.
 */
public final class RegisterExporter {

    private static final List<String> EXTRA = List.of("公开时限", "标记", "附件数");
    private static final int WINDOW = 100;

    private final RegisterService register;

    public RegisterExporter(RegisterService register) {
        this.register = register;
    }

    /** Returns the number of rows written. */
    // [impl->req~register.export~1]
    public int export(RegisterQuery query, Path target, BackgroundTask.Progress progress) {
        Path folder = target.toAbsolutePath().getParent();
        int total = register.count(query);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".export-", ".xlsx.part");
            int written;
            try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW); OutputStream out = Files.newOutputStream(temp)) {
                book.setCompressTempFiles(true);
                written = fill(book, query, total, progress);
                book.write(out);
                book.dispose();
            }
            move(temp, target);
            return written;
        } catch (FileSystemException e) {
            throw new UserError("无法写入“" + target + "”：文件可能正在 Excel/WPS 中打开，或没有写入权限。请关闭该文件后重试。", e);
        } catch (IOException e) {
            throw new UserError("无法写入“" + target + "”：请检查磁盘空间和写入权限。", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless and named as such
                }
            }
        }
    }

    private int fill(SXSSFWorkbook book, RegisterQuery query, int total, BackgroundTask.Progress progress) {
        SXSSFSheet sheet = book.createSheet("主动公开台账");
        CellStyle dateStyle = book.createCellStyle();
        dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle headStyle = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        headStyle.setFont(bold);
        Row head = sheet.createRow(0);
        int col = 0;
        for (RegisterColumn c : RegisterColumn.values()) {
            cell(head, col++, c.heading()).setCellStyle(headStyle);
        }
        for (String extra : EXTRA) {
            cell(head, col++, extra).setCellStyle(headStyle);
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(RegisterColumn.TITLE.ordinal(), 60 * 256);
        sheet.setColumnWidth(RegisterColumn.INDEX_NUMBER.ordinal(), 32 * 256);
        sheet.setColumnWidth(RegisterColumn.DOC_NUMBER.ordinal(), 22 * 256);
        int[] n = {0};
        register.forEach(query, e -> {
            if (progress.isCancelled()) {
                throw new UserError("已取消导出，原有文件没有改动。");
            }
            write(sheet.createRow(++n[0]), e, dateStyle);
            if (n[0] % 1000 == 0) {
                progress.update(n[0], total, "已写出 " + n[0] + " 行");
            }
        });
        progress.update(n[0], total, "已写出 " + n[0] + " 行");
        return n[0];
    }

    private static void write(Row row, RegisterEntry e, CellStyle dateStyle) {
        DocumentDraft d = e.document();
        int c = 0;
        cell(row, c++, d.indexNumber());
        cell(row, c++, d.docNumber());
        cell(row, c++, d.title());
        cell(row, c++, d.issuingOrgan());
        date(row, c++, d.writtenOn(), dateStyle);
        date(row, c++, d.publishedOn(), dateStyle);
        cell(row, c++, d.attribute().label());
        cell(row, c++, d.nonDisclosureReason());
        cell(row, c++, d.channels().stream().map(PublicationChannel::label).collect(Collectors.joining("、")));
        cell(row, c++, d.category());
        cell(row, c++, d.docType().label());
        cell(row, c++, d.validity().label());
        date(row, c++, d.validityChangedOn(), dateStyle);
        cell(row, c++, d.interpretationTitle());
        date(row, c++, d.interpretationPublishedOn(), dateStyle);
        cell(row, c++, d.secrecyReviewer());
        date(row, c++, d.secrecyReviewedOn(), dateStyle);
        cell(row, c++, d.secrecyResult() == null ? null : d.secrecyResult().label());
        date(row, c++, e.publishDueOn(), dateStyle);
        cell(row, c++, String.join("；", e.flags().labels()));
        row.createCell(c).setCellValue(e.attachmentCount());
    }

    private static Cell cell(Row row, int col, String value) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private static void date(Row row, int col, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
