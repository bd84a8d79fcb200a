// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.disclosuredesk.shared.UserError;

/**
 * Copies a progress note's evidence into {@code <data folder>/evidence/plan-<id>/task-<id>/}, named by
 * the note's date and the original name, never overwriting an earlier copy.
 */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static Path copy(Path source, Path dataFolder, long planId, long taskId, LocalDate notedOn) {
        Path folder = dataFolder.resolve("evidence").resolve("plan-" + planId).resolve("task-" + taskId);
        String name = source.getFileName().toString();
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(notedOn + "_" + name);
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(notedOn + "_" + n + "_" + name);
            }
            return Files.copy(source, target);
        } catch (NoSuchFileException e) {
            throw new UserError("找不到佐证材料文件“" + source + "”。", e);
        } catch (FileSystemException e) {
            throw new UserError("无法复制佐证材料“" + name + "”到数据文件夹（" + folder + "）：文件可能正被其他程序打开，或没有写入权限。", e);
        } catch (IOException e) {
            throw new UserError("无法复制佐证材料“" + name + "”：" + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The note was not stored; a stray copy in the evidence folder harms nothing.
        }
    }
}
