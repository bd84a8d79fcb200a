// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.shared.UserError;

/**
 * Writes a year's log to .xlsx with the column titles the importer reads, plus the derived due date,
 * its explanation and the status. Written to a temporary file beside the target and moved into place
 * in one step, so a crash never leaves the office's previous file half-written.
 */
// [impl->req~export.xlsx~1]
public final class RequestExporter {

    private static final String[] EXTRA = {"答复期限", "期限说明", "状态"};

    private RequestExporter() {
    }

    public static Path export(List<RequestView> views, String sheetName, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".export-", ".xlsx.tmp");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temp)) {
                write(wb, views, sheetName);
                wb.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (AccessDeniedException e) {
            throw new UserError("不能写入“" + target + "”：没有写入权限，或文件正被 Excel/WPS 打开。请关闭该文件或另选位置后重试。", e);
        } catch (FileSystemException e) {
            throw new UserError("不能写入“" + target + "”：文件可能正被其他程序打开，或磁盘已满。（" + e.getReason() + "）", e);
        } catch (IOException e) {
            throw new UserError("不能写入“" + target + "”：" + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file is hidden and harmless; the export itself succeeded or reported why not
                }
            }
        }
    }

    private static void write(XSSFWorkbook wb, List<RequestView> views, String sheetName) {
        Sheet sheet = wb.createSheet(sheetName);
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

        Row titles = sheet.createRow(0);
        int col = 0;
        for (ImportField f : ImportField.values()) {
            titles.createCell(col++).setCellValue(f.label());
        }
        for (String extra : EXTRA) {
            titles.createCell(col++).setCellValue(extra);
        }
        titles.forEach(c -> c.setCellStyle(header));

        int r = 1;
        for (RequestView v : views) {
            Row row = sheet.createRow(r++);
            Request q = v.request();
            Applicant a = q.applicant();
            Object[] values = {
                q.number().text(), a.kind().label(), a.name(), a.idType() == null ? null : a.idType().label(), a.idNumber(),
                a.phone(), a.address(), a.email(), q.intake().channel().label(), q.intake().submittedOn(), q.receivedOn(),
                q.intake().content(), q.intake().formWanted(), q.result() == null ? null : q.result().fullLabel(), q.decidedOn(),
                q.intake().notes(), v.deadline().dueOn(), v.deadline().explanation(), v.status().label(),
            };
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value instanceof LocalDate) {
                    row.createCell(c).setCellValue((LocalDate) value);
                    row.getCell(c).setCellStyle(date);
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < ImportField.values().length + EXTRA.length; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.setColumnWidth(ImportField.CONTENT.ordinal(), 40 * 256);
        sheet.setColumnWidth(ImportField.values().length + 1, 60 * 256);
    }
}
