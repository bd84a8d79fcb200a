// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.disclosuredesk.shared.UserError;

/**
 * Writes an export to a temporary file beside the target and moves it into place, so a failed
 * export never leaves half a file where the user's previous one was.
 */
final class AtomicFile {

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".desk-export-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new UserError("没有权限写入“" + target + "”。请换一个文件夹，或检查文件是否设为只读。", e);
        } catch (FileSystemException e) {
            throw new UserError("无法写入“" + target + "”：文件可能正在 Excel、WPS 或 PDF 阅读器中打开，请关闭后重试。", e);
        } catch (IOException e) {
            throw new UserError("无法写入“" + target + "”：" + e.getMessage() + "（磁盘可能已满）。", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Only a leftover temporary file; the target is either complete or untouched.
                }
            }
        }
    }
}
