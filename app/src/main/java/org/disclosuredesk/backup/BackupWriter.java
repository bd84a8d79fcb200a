// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import org.disclosuredesk.shared.Leftovers;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.disclosuredesk.shared.UserError;

/**
 * Writes one verified backup: SQLite's online backup into a hidden temporary file beside the target,
 * then {@code PRAGMA integrity_check} on that copy, then a rename into place. A copy that fails its check
 * is deleted and reported; the live data is never touched.
 */
final class BackupWriter {

    private final Consumer<Path> onlineBackup;
    private final BackupFileRepository files;

    /** {@code onlineBackup} writes a consistent copy of the live database to the path it is given. */
    BackupWriter(Consumer<Path> onlineBackup, BackupFileRepository files) {
        this.onlineBackup = onlineBackup;
        this.files = files;
    }

    Path write(Path target, boolean replace) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
        if (!replace && Files.exists(target)) {
            throw new UserError("文件“" + target + "”已存在。为免覆盖，请换一个文件名（或加 --overwrite）。");
        }
        Leftovers.clean(folder, AtomicFiles.TEMPORARY);   // half a backup an earlier, killed run left here
        Path temp = AtomicFiles.temporaryBeside(target);
        try {
            copyLiveDatabase(temp, folder);
            List<String> check = files.sealCopy(temp);
            if (!check.equals(List.of("ok"))) {
                throw new UserError("备份“" + target.getFileName() + "”写入后校验未通过（" + String.join("；", check.subList(0, Math.min(3, check.size())))
                        + "），有问题的副本已删除，现有数据未受影响。请检查磁盘或 U 盘后重试。");
            }
            AtomicFiles.moveIntoPlace(temp, target, replace);
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new UserError("文件“" + target + "”已存在。为免覆盖，请换一个文件名（或加 --overwrite）。", e);
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
    }

    private void copyLiveDatabase(Path temp, Path folder) {
        try {
            onlineBackup.accept(temp);
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            // SQLite reports a full disk or a pulled stick as an SQL error: say it in the office's words.
            throw cannotWrite(folder, e);
        }
    }

    private static UserError cannotWrite(Path folder, Exception e) {
        return new UserError("无法把备份写入“" + folder + "”：请检查文件夹（或 U 盘）是否存在、是否有写入权限、空间是否足够。"
                + "现有数据未受影响。", e);
    }
}
