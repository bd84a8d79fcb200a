// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write becomes a sentence a clerk can act on; the previous file survives; a new file is readable by colleagues. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void a_file_open_in_another_program() {
        Path target = dir.resolve("年报.pdf");
        UserError e = FileWriteFailures.of(new FileSystemException(target.toString(), null,
                "The process cannot access the file because it is being used by another process"), target);
        assertTrue(e.getMessage().contains("正被其他程序打开"), e.getMessage());
    }

    @Test
    void no_permission_to_write_in_the_folder() {
        Path target = dir.resolve("年报.pdf");
        UserError e = FileWriteFailures.of(new AccessDeniedException(dir.resolve(".年报.pdf.123.part").toString()), target);
        assertTrue(e.getMessage().contains("没有在文件夹"), e.getMessage());
    }

    @Test
    void the_disk_is_full() {
        Path target = dir.resolve("年报.pdf");
        UserError e = FileWriteFailures.of(new IOException("No space left on device"), target);
        assertTrue(e.getMessage().contains("磁盘空间不足"), e.getMessage());
    }

    @Test
    void the_folder_is_gone() {
        Path target = dir.resolve("不存在").resolve("年报.pdf");
        UserError e = FileWriteFailures.of(new NoSuchFileException(target.toString()), target);
        assertTrue(e.getMessage().contains("不存在或已被移走"), e.getMessage());
    }

    @Test
    void a_failed_write_leaves_the_previous_file_and_no_temporary_file() throws IOException {
        Path target = dir.resolve("年报.pdf");
        Files.writeString(target, "last year's good report");
        try {
            AtomicFileWriter.write(target, out -> {
                out.write(new byte[] {1, 2, 3});
                throw new IOException("No space left on device");
            });
        } catch (UserError e) {
            assertTrue(e.getMessage().contains("磁盘空间不足"));
        }
        assertTrue(Files.readString(target).equals("last year's good report"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void a_new_file_has_the_permissions_of_any_new_file_not_0600() throws IOException {
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path target = dir.resolve("台账.xlsx");
        AtomicFileWriter.write(target, out -> out.write(new byte[] {1}));
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
        assertEquals(Files.getPosixFilePermissions(ordinary), perms, "the umask decides, as for any new file");
        assertTrue(perms.contains(PosixFilePermission.OWNER_READ) && perms.contains(PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void a_replaced_file_keeps_its_permissions() throws IOException {
        Path target = dir.resolve("年报.pdf");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFileWriter.write(target, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(target));
        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(target));
    }
}
