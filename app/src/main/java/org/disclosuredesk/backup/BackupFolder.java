// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code <data folder>/backups/}: the backups beside a database file, newest first. */
public final class BackupFolder {

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    /** The backup folder of a database file: {@code backups} beside it, where Database.open also puts its copies. */
    public static BackupFolder of(Path databaseFile) {
        return new BackupFolder(databaseFile.toAbsolutePath().getParent().resolve("backups"));
    }

    public Path path() {
        return folder;
    }

    /** Every database file in the folder (hidden temporary files left out), newest first. */
    public List<BackupFile> files() {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".db") && Files.isRegularFile(entry)) {
                    describe(entry).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed().thenComparing(BackupFile::fileName));
        return found;
    }

    /** The automatic backups of one database (by stem), newest first. */
    public List<BackupFile> autoBackupsOf(String stem) {
        List<BackupFile> autos = new ArrayList<>();
        for (BackupFile f : files()) {
            Optional<BackupName> name = BackupName.parse(f.fileName());
            if (f.kind() == BackupKind.AUTO && name.isPresent() && name.get().stem().equals(stem)) {
                autos.add(f);
            }
        }
        return autos;
    }

    private static Optional<BackupFile> describe(Path file) {
        try {
            long size = Files.size(file);
            Optional<BackupName> name = BackupName.parse(file.getFileName().toString());
            if (name.isPresent()) {
                return Optional.of(new BackupFile(file, name.get().kind(), name.get().takenAt(), size));
            }
            LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            return Optional.of(new BackupFile(file, BackupKind.OTHER, modified.withNano(0), size));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
