// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import org.disclosuredesk.shared.Leftovers;
import org.disclosuredesk.shared.UserError;

/**
 * The one way the app writes a file the user keeps (exports, reports, backups, screenshots): into a
 * hidden temporary file in the target folder, renamed into place only when complete, so a crash, a full
 * disk or a pulled USB stick never leaves half a file under a real name and the previous file survives.
 *
 * <p>Permissions are those of any new file the user makes (the umask decides, usually rw-r--r--), or the
 * replaced file's own: {@code Files.createTempFile} would give 0600 and a colleague on the same PC could
 * not open the exported PDF.
 */
public final class AtomicFileWriter {

    /** Writes the whole content; the stream is closed by the writer. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Writes {@code target} atomically; a failure is a {@link UserError} a clerk can act on, the old file untouched. */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            // Half a file a killed export left here goes first (issue 14, item 7).
            Leftovers.clean(absolute.getParent(), PARTS);
            temp = temporaryBeside(absolute);
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, absolute, true);
            temp = null;
        } catch (IOException e) {
            throw FileWriteFailures.of(e, absolute);
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            // iText and POI wrap a failed write (disk full while writing) in their own unchecked exceptions.
            IOException io = ioCause(e);
            throw io == null ? e : FileWriteFailures.of(io, absolute);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The hidden temporary names {@link #temporaryBeside} gives, for {@link Leftovers#clean}. */
    public static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\..+\\.(p\\d+\\.)?[0-9a-f]+\\.part");

    /**
     * A hidden temporary name in the same folder (a rename across folders or drives would not be atomic),
     * tagged with this process so a leftover of a killed one can be told from a write in progress.
     */
    public static Path temporaryBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + Leftovers.tag()
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
    }

    /**
     * Renames {@code temp} to {@code target}, replacing it when {@code replace}; a replaced file's
     * permissions carry over, so a file the office shared stays shared.
     */
    public static void moveIntoPlace(Path temp, Path target, boolean replace) throws IOException {
        if (replace) {
            copyPermissions(target, temp);
        }
        try {
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            // Some USB file systems cannot rename atomically; a same-folder move is still the best they offer.
            if (replace) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target);
            }
        }
    }

    /** Removes a leftover temporary file; failing to is not worth a message (it is hidden and named as such). */
    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a hidden .part file is harmless
        }
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null || !Files.exists(from)) {
            return;
        }
        try {
            dest.setPermissions(source.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException ignored) {
            // the new file keeps the umask's permissions, which is what a new file would have anyway
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return (IOException) t;
            }
        }
        return null;
    }
}
