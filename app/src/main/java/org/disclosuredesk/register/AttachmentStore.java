// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/**
 * The office's own copies of attached files, in {@code attachments/<year>/<document id>/} beside the
 * database. A file is never referenced where the user picked it (a USB stick, a colleague's share): it
 * is copied, checksummed, and moved into place atomically, so the register never points at half a file.
 */
public final class AttachmentStore {

    public static final String FOLDER = "attachments";

    private final Path dataFolder;

    /** {@code dataFolder} is the folder holding the database file. */
    public AttachmentStore(Path dataFolder) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
    }

    /** A copied file: where it is (relative to the data folder, with forward slashes), its checksum and size. */
    public record StoredFile(String fileName, String storedPath, String sha256, long sizeBytes) {
    }

    public StoredFile copyIn(Path source, int year, long documentId) {
        if (!Files.isRegularFile(source)) {
            throw new UserError("找不到文件“" + source + "”，或它不是一个文件。");
        }
        String fileName = source.getFileName().toString();
        Path folder = dataFolder.resolve(FOLDER).resolve(String.valueOf(year)).resolve(String.valueOf(documentId));
        try {
            Files.createDirectories(folder);
            Path target = freeName(folder, fileName);
            Path temp = AtomicFileWriter.temporaryBeside(target);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = Files.newInputStream(source);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), sha)) {
                size = in.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            AtomicFileWriter.moveIntoPlace(temp, target, false);
            String relative = dataFolder.relativize(target).toString().replace('\\', '/');
            return new StoredFile(target.getFileName().toString(), relative, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException e) {
            throw new UserError("无法把“" + fileName + "”复制到数据文件夹“" + folder + "”：请检查磁盘空间和写入权限。", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path resolve(String storedPath) {
        return dataFolder.resolve(storedPath).normalize();
    }

    /** Removes the office's copy; a copy already gone is fine. */
    public void delete(String storedPath) {
        try {
            Files.deleteIfExists(resolve(storedPath));
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            throw new UserError("无法删除附件文件“" + resolve(storedPath) + "”：它可能正被其他程序打开。", e);
        }
    }

    private static Path freeName(Path folder, String fileName) {
        Path candidate = folder.resolve(fileName);
        int dot = fileName.lastIndexOf('.');
        String stem = dot <= 0 ? fileName : fileName.substring(0, dot);
        String ext = dot <= 0 ? "" : fileName.substring(dot);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + "（" + n + "）" + ext);
        }
        return candidate;
    }
}
