// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.disclosuredesk.shared.UserError;

/**
 * Turns a failed write into what a clerk can act on: the file is open in another program, the folder
 * may not be written, the disk is full, the folder is gone. Anything else keeps the system's reason.
 */
public final class FileWriteFailures {

    private FileWriteFailures() {
    }

    public static UserError of(IOException e, Path target) {
        String reason = (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : String.valueOf(e.getMessage())).toLowerCase(Locale.ROOT);
        String file = target.getFileName().toString();
        if (reason.contains("being used by another process") || reason.contains("另一个程序正在使用")
                || reason.contains("locked") || reason.contains("sharing violation")) {
            return new UserError("文件「" + file + "」正被其他程序打开（例如 Excel、WPS、Word 或 PDF 阅读器），无法覆盖。请先关闭它再导出，"
                    + "或换一个文件名。", e);
        }
        if (reason.contains("no space") || reason.contains("not enough space") || reason.contains("disk full")
                || reason.contains("磁盘空间不足")) {
            return new UserError("磁盘空间不足，「" + file + "」没有保存。请清理「" + target.getParent() + "」所在的磁盘或换一个位置后重试。", e);
        }
        if (e instanceof AccessDeniedException || reason.contains("access is denied") || reason.contains("permission denied")
                || reason.contains("拒绝访问") || reason.contains("read-only file system")) {
            if (target.toFile().exists() && !target.toFile().canWrite()) {
                return new UserError("文件「" + file + "」是只读的，或正被其他程序打开，无法覆盖。请关闭它或换一个文件名。", e);
            }
            return new UserError("没有在文件夹「" + target.getParent() + "」中写入文件的权限。请换一个文件夹（例如“文档”或桌面）。", e);
        }
        if (e instanceof NoSuchFileException) {
            return new UserError("文件夹「" + target.getParent() + "」不存在或已被移走，请重新选择保存位置。", e);
        }
        return new UserError("「" + file + "」没有保存到「" + target.getParent() + "」：" + e.getMessage(), e);
    }
}
