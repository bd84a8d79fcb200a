// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import org.disclosuredesk.shared.Leftovers;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/**
 * Files appear complete or not at all: everything is written to a hidden temporary file in the target
 * folder and renamed into place, so a crash, a full disk or a pulled USB stick never leaves half a file
 * under a real name.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** A temporary name in the same folder (a rename across folders or drives would not be atomic). */
    static Path temporaryBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + Leftovers.tag() + Long.toHexString(System.nanoTime()) + ".tmp");
    }

    /** Temporary names {@link #temporaryBeside} gives, for {@link Leftovers#clean}. */
    static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.db(\\.p\\d+)?\\.[0-9a-f]+\\.tmp");

    /** Renames {@code temp} to {@code target}, replacing it when {@code replace}: the kit's one atomic move. */
    static void moveIntoPlace(Path temp, Path target, boolean replace) throws IOException {
        AtomicFileWriter.moveIntoPlace(temp, target, replace);
    }

    /** Removes a file and the journal SQLite may have left beside it; a failure here is not worth reporting. */
    static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a leftover temporary file is hidden and harmless
            }
        }
    }

    static void deleteFolderQuietly(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    deleteFolderQuietly(entry);
                } else {
                    Files.deleteIfExists(entry);
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a leftover working folder is hidden and harmless
        }
    }
}
