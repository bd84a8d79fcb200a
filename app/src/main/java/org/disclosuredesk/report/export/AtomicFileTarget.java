// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import org.disclosuredesk.shared.Leftovers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder and moves it into place at the end, so the
 * user's previous file survives a crash or a failed export, and nobody ever sees half a report.
 */
public final class AtomicFileTarget {

    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\..+\\.(p\\d+\\.)?-?\\d+\\.part");

    private AtomicFileTarget() {
    }

    public static void write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            // Half a report a killed export left here goes first (issue 14, item 7).
            Leftovers.clean(folder, PARTS);
            temp = Files.createTempFile(folder, "." + target.getFileName() + Leftovers.tag(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ExportFailures.of(e, target);
        } catch (RuntimeException e) {
            // iText and POI wrap a failed write (disk full while writing) in their own unchecked exceptions.
            IOException io = ioCause(e);
            throw io == null ? e : ExportFailures.of(io, target);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the user's message is about the export.
                }
            }
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
