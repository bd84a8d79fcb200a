// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files and folders a killed process leaves behind (issue 14, item 7): a restore's working copy
 * with every ID number in it, half a backup with its journal, half a PDF. Their names carry the writer's
 * process id ({@link #tag}); one whose process is gone is removed at the next start and before the next
 * operation of the same kind, and the caller says so. A name without a process id (written before this
 * version) is removed once it is an hour old.
 */
public final class Leftovers {

    private static final long PID = ProcessHandle.current().pid();
    private static final Duration UNTAGGED_AGE = Duration.ofHours(1);
    private static final Pattern TAG = Pattern.compile("\\.p(\\d+)\\.");

    private Leftovers() {
    }

    /** The piece of a temporary name that says which process writes it: {@code .p1234.}. */
    public static String tag() {
        return ".p" + PID + ".";
    }

    /**
     * Removes the entries of {@code folder} whose name matches {@code names} and whose writer is gone
     * (with SQLite's {@code -journal}, {@code -wal} and {@code -shm} beside them); returns their names.
     */
    public static List<String> clean(Path folder, Pattern names) {
        List<String> removed = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (names.matcher(name).matches() && !name.matches(".*-(journal|wal|shm)") && abandoned(entry, name)) {
                    delete(entry);
                    for (String suffix : new String[] {"-journal", "-wal", "-shm"}) {
                        delete(entry.resolveSibling(name + suffix));
                    }
                    removed.add(name);
                }
            }
        } catch (IOException e) {
            // a folder we cannot list holds nothing we could remove either
        }
        return removed;
    }

    private static boolean abandoned(Path entry, String name) throws IOException {
        Matcher m = TAG.matcher(name);
        if (m.find()) {
            long pid = Long.parseLong(m.group(1));
            return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        FileTime modified = Files.getLastModifiedTime(entry);
        return modified.toInstant().isBefore(Instant.now().minus(UNTAGGED_AGE));
    }

    private static void delete(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (DirectoryStream<Path> inside = Files.newDirectoryStream(path)) {
                    for (Path p : inside) {
                        delete(p);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // still open elsewhere (Windows) or already gone: the next start tries again
        }
    }
}
