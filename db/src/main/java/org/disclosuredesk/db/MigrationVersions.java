// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema versions this build ships, read from the names of the migration files (V10__x.sql → "10",
 * V10_1__y.sql → "10.1") without starting Flyway: a command on an up-to-date file compares these with the
 * file's history and never loads Flyway's 350 classes (issue 19).
 */
final class MigrationVersions {

    private static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private MigrationVersions() {
    }

    /** Versions in Flyway's order, as Flyway writes them into flyway_schema_history.version. */
    static TreeSet<Version> shipped() {
        URL url = MigrationVersions.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("No migrations on the class path: " + FOLDER);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = newOrExisting(uri)) {
                    return versionsIn(jar.getPath(FOLDER));
                } catch (UnsupportedOperationException e) {
                    // an already-open file system (not ours to close): read it as it is
                    return versionsIn(FileSystems.getFileSystem(uri).getPath(FOLDER));
                }
            }
            return versionsIn(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileSystem newOrExisting(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    private static TreeSet<Version> versionsIn(Path folder) throws IOException {
        TreeSet<Version> versions = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    versions.add(Version.of(m.group(1).replace('_', '.')));
                }
            });
        }
        return versions;
    }

    /** A dotted version compared part by part, as Flyway does ("10.1" after "10", "9" before "10"). */
    record Version(String text, long[] parts) implements Comparable<Version> {

        static Version of(String text) {
            String[] split = text.split("\\.");
            long[] parts = new long[split.length];
            for (int i = 0; i < split.length; i++) {
                parts[i] = Long.parseLong(split[i]);
            }
            return new Version(text, parts);
        }

        @Override
        public int compareTo(Version o) {
            for (int i = 0; i < Math.max(parts.length, o.parts.length); i++) {
                long a = i < parts.length ? parts[i] : 0;
                long b = i < o.parts.length ? o.parts[i] : 0;
                if (a != b) {
                    return Long.compare(a, b);
                }
            }
            return 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Version && compareTo((Version) o) == 0;
        }

        @Override
        public int hashCode() {
            long h = 0;
            int last = parts.length;
            while (last > 0 && parts[last - 1] == 0) {
                last--;
            }
            for (int i = 0; i < last; i++) {
                h = h * 31 + parts[i];
            }
            return Long.hashCode(h);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
