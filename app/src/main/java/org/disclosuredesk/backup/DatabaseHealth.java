// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.YearLockRepository;
import org.disclosuredesk.shared.YearLocks;
import org.disclosuredesk.shared.UserError;

/**
 * The health of the database file: the {@code check} report of an open database, and, when
 * {@code Database.open} refused a damaged file, the way back — the newest sound backup, and a recovery
 * that never writes to the damaged file: it is copied aside as evidence (with its {@code -wal} and
 * {@code -shm}) before a verified copy of the backup is renamed into its place.
 */
public final class DatabaseHealth {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;
    private final BackupFileRepository files;
    private final DatabaseLocationAdvisor locations;

    public DatabaseHealth(Clock clock) {
        this(clock, new BackupFileRepository(), new DatabaseLocationAdvisor());
    }

    DatabaseHealth(Clock clock, BackupFileRepository files, DatabaseLocationAdvisor locations) {
        this.clock = clock;
        this.files = files;
        this.locations = locations;
    }

    /**
     * Integrity check (the full one: the open ran only {@code quick_check}), foreign-key check, every table's
     * row count, final exports whose lock is missing, and location warnings.
     */
    public HealthReport check(Database database) {
        return new HealthReport(database.file(), database.schemaVersion(), database.integrityCheck(),
                database.foreignKeyCheck(), database.tableCounts(), locations.advise(database.file()),
                YearLocks.lockProblems(new YearLockRepository(database.dsl())));
    }

    /**
     * The newest backup of {@code databaseFile} that passes a full integrity check, if any. A backup the app
     * named for another database in the same folder (another office's {@code other-auto-….db}) is never
     * offered: restoring it would silently swap one office's record for another's.
     */
    public Optional<RecoveryOffer> recoveryOffer(Path databaseFile) {
        String latest = Database.latestSchemaVersion();
        String stem = BackupName.stemOf(databaseFile.getFileName().toString());
        for (BackupFile f : BackupFolder.of(databaseFile).files()) {
            if (BackupName.parse(f.fileName()).filter(n -> !n.stem().equals(stem)).isPresent()) {
                continue;
            }
            BackupContents contents = files.inspect(f.path(), true);
            if (contents.healthy() && Database.compareSchemaVersions(contents.schemaVersion(), latest) <= 0) {
                return Optional.of(new RecoveryOffer(databaseFile.toAbsolutePath(), new BackupInfo(f, contents)));
            }
        }
        return Optional.empty();
    }

    /**
     * Puts a backup in place of a damaged database that nothing has open. Call it before opening the
     * database; then open it as usual (an older backup is migrated then, after its own dated copy).
     */
    public RestoreResult recover(Path databaseFile, Path backupFile) {
        Path live = databaseFile.toAbsolutePath().normalize();
        Path source = backupFile.toAbsolutePath().normalize();
        BackupContents contents = files.inspect(source, true);
        RestoreCheck.requireRestorable(source, contents, Database.latestSchemaVersion());
        Path evidence = evidenceFolder(live);
        Path temp = AtomicFiles.temporaryBeside(live);
        try {
            copyAside(live, evidence);
            Files.copy(source, temp);
            List<String> check = files.sealCopy(temp);
            if (!check.equals(List.of("ok"))) {
                throw new UserError("备份“" + source.getFileName() + "”复制后校验未通过，没有恢复。请检查磁盘后重试，或选择另一个备份。");
            }
            // The damaged file's -wal belongs to it alone: replayed onto the restored file it would corrupt it again.
            Files.deleteIfExists(sibling(live, "-wal"));
            Files.deleteIfExists(sibling(live, "-shm"));
            AtomicFiles.moveIntoPlace(temp, live, true);
            return new RestoreResult(source, evidence, contents.tableCounts());
        } catch (IOException e) {
            throw new UserError("恢复没有完成：" + e.getMessage() + "。损坏的文件已原样保留" + (Files.isDirectory(evidence)
                    ? "，副本在“" + evidence + "”" : "") + "。请检查磁盘空间和写入权限后重试。", e);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
    }

    private Path evidenceFolder(Path live) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path folder = live.getParent().resolve("damaged").resolve(stamp);
        for (int n = 2; Files.exists(folder); n++) {
            folder = live.getParent().resolve("damaged").resolve(stamp + "-" + n);
        }
        return folder;
    }

    private static void copyAside(Path live, Path evidence) throws IOException {
        Files.createDirectories(evidence);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path part = sibling(live, suffix);
            if (Files.exists(part)) {
                Files.copy(part, evidence.resolve(part.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
