// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditRepository;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.Leftovers;
import org.disclosuredesk.shared.UserError;

/**
 * Backups of the live database: automatic ones (on every clean exit, and at most once a day while the
 * app runs) kept as a rotating set in {@code <data folder>/backups/}, backups by hand to any folder,
 * and restore. Every copy is verified before it gets its name. See docs/decisions/0005.
 */
public final class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final java.util.regex.Pattern RESTORE_FOLDERS = java.util.regex.Pattern.compile("\\.restore[-.].*");

    private final Database database;
    private final AuditTrail audit;
    private final Clock clock;
    private final RetentionPolicy policy;
    private final BackupFileRepository files;
    private final LiveDatabaseRepository live;
    private final BackupWriter writer;
    private final BackupFolder folder;
    private final String stem;
    private final List<Runnable> restoreListeners = new CopyOnWriteArrayList<>();

    public BackupService(Database database, AuditTrail audit, Clock clock) {
        this(database, audit, clock, RetentionPolicy.STANDARD, new BackupFileRepository(), database::backupTo);
    }

    /** {@code onlineBackup} is replaceable so tests can hand the writer a copy that fails its check. */
    BackupService(Database database, AuditTrail audit, Clock clock, RetentionPolicy policy,
            BackupFileRepository files, Consumer<Path> onlineBackup) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.files = files;
        this.live = new LiveDatabaseRepository(database.dsl());
        this.writer = new BackupWriter(onlineBackup, files);
        this.folder = BackupFolder.of(database.file());
        this.stem = BackupName.stemOf(database.file().getFileName().toString());
    }

    /** {@code <data folder>/backups/}. */
    public Path folder() {
        return folder.path();
    }

    /** The shell calls this on a timer: makes today's automatic backup unless one exists. */
    public synchronized Optional<BackupFile> backupIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean doneToday = folder.autoBackupsOf(stem).stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today));
        return doneToday ? Optional.empty() : Optional.of(automaticBackup());
    }

    /** The shell calls this when the window closes normally, before the database is closed. */
    public synchronized BackupFile onCleanExit() {
        return automaticBackup();
    }

    /** A backup by hand into a chosen folder (e.g. a USB stick), named {@code desk-YYYYMMDD-HHMMSS.db}. */
    public synchronized BackupFile backupNow(Path targetFolder) {
        return write(targetFolder, BackupKind.MANUAL);
    }

    /** A backup by hand to exactly {@code file} (the {@code backup --out FILE} command). */
    public synchronized BackupFile backupTo(Path file, boolean overwrite) {
        if (Files.isDirectory(file)) {
            return backupNow(file);
        }
        if (file.toAbsolutePath().normalize().equals(database.file())) {
            throw new UserError("备份文件不能是正在使用的数据库本身：“" + file + "”。");
        }
        LocalDateTime at = now();
        Path written = writer.write(file.toAbsolutePath(), overwrite);
        return new BackupFile(written, BackupKind.MANUAL, at, sizeOf(written));
    }

    /** Every backup in {@code <data folder>/backups/}, newest first, with what it holds. */
    public List<BackupInfo> listBackups() {
        List<BackupInfo> infos = new ArrayList<>();
        for (BackupFile f : folder.files()) {
            infos.add(new BackupInfo(f, files.inspect(f.path(), false)));
        }
        return infos;
    }

    /** Whose data {@code backupFile} holds beside this office (quick check only; the restore checks fully). */
    public BackupOffice officeOf(Path backupFile) {
        return new BackupOffice(live.officeName(), files.inspect(backupFile.toAbsolutePath(), false).officeName());
    }

    /** This database's office name, "" before the first start has asked for it. */
    public String officeName() {
        return live.officeName();
    }

    /** What a backup file holds, checked fully (integrity_check), without changing it. */
    public BackupContents inspect(Path backupFile) {
        return files.inspect(backupFile, true);
    }

    /**
     * Replaces the live data with a backup's. The backup is checked first and brought to this app's
     * schema in a private working copy; then the live data is itself backed up ({@code before-restore});
     * then SQLite's {@code restore from} copies the working copy into the open database in one
     * transaction. The database stays open: screens show the restored data once they reload
     * (see {@link #addRestoreListener}). Another office's backup is refused ({@link OtherOfficeBackupException}).
     */
    public synchronized RestoreResult restore(Path backupFile) {
        return restore(backupFile, false);
    }

    /**
     * As {@link #restore(Path)}; {@code otherOfficeConfirmed}: the clerk has confirmed, a second time and with
     * both names in front of them, that another office's backup is to replace this office's data (issue 14, item 13).
     */
    public synchronized RestoreResult restore(Path backupFile, boolean otherOfficeConfirmed) {
        Path source = backupFile.toAbsolutePath().normalize();
        if (source.equals(database.file())) {
            throw new UserError("不能用正在使用的数据库恢复它自己：“" + backupFile + "”。请选择一个备份文件。");
        }
        BackupContents contents = files.inspect(source, true);
        RestoreCheck.requireRestorable(source, contents, Database.latestSchemaVersion());
        BackupOffice office = new BackupOffice(live.officeName(), contents.officeName());
        if (office.other() && !otherOfficeConfirmed) {
            throw new OtherOfficeBackupException(source, office);
        }
        Path work = workingFolder();
        try {
            Path copy = work.resolve("restore.db");
            Files.copy(source, copy);
            bringToCurrentSchema(copy, source);
            int livePageSize = live.pageSize();
            if (files.pageSize(copy) != livePageSize) {
                files.changePageSize(copy, livePageSize);
            }
            BackupFile safety = write(folder.path(), BackupKind.BEFORE_RESTORE);
            // The locks and the restore's own audit line go into the copy: one write puts them in with the data.
            prepareForRestore(copy, audit.entry("database", null, AuditEntry.Action.RESTORE,
                    "从备份“" + source.getFileName() + "”恢复数据；恢复前的数据已备份为“" + safety.fileName() + "”"
                            + (office.other() ? "；备份属于其他单位“" + office.backup() + "”（恢复前本库单位为“" + office.current()
                                    + "”），已两次确认" : "")
                            + "；年度锁定与定稿记录保持恢复前的状态"));
            live.restoreFrom(copy);
            requireSoundAfterRestore(source, safety);
            Map<String, Integer> counts = database.tableCounts();
            restoreListeners.forEach(Runnable::run);
            return new RestoreResult(source, safety.path(), counts);
        } catch (IOException e) {
            throw new UserError("无法读取备份“" + backupFile + "”：" + e.getMessage() + "。现有数据未受影响。", e);
        } finally {
            AtomicFiles.deleteFolderQuietly(work);
        }
    }

    /**
     * Records in the audit trail a start-up recovery made by {@link DatabaseHealth#recover} while the
     * database was closed; call it once the recovered database is open.
     */
    public void recordRecovery(RestoreResult recovery) {
        audit.record("database", null, AuditEntry.Action.RESTORE, "数据库文件已损坏，从备份“" + recovery.restoredFrom().getFileName()
                + "”恢复；损坏的文件原样保存在“" + recovery.previousData() + "”");
    }

    /**
     * Opens the working copy exactly as the live database is opened (migrating an older backup) and runs
     * the checks that will run on the live data afterwards, so a file whose damage only shows through a
     * normal connection (a garbled CHECK constraint, an unknown function in the schema) is refused here.
     */
    private static void bringToCurrentSchema(Path workingCopy, Path source) {
        try (Database copy = Database.open(workingCopy)) {
            List<String> check = copy.integrityCheck();
            if (!check.equals(List.of("ok"))) {
                throw refused(source, "完整性检查未通过：" + String.join("；", check.subList(0, Math.min(3, check.size()))));
            }
            List<String> orphans = copy.foreignKeyCheck();
            if (!orphans.isEmpty()) {
                throw refused(source, "外键检查未通过：" + orphans.get(0));
            }
            copy.tableCounts();
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            throw refused(source, "无法按本软件的数据格式打开（" + e.getMessage() + "）");
        }
    }

    private void prepareForRestore(Path workingCopy, AuditEntry restoreLine) {
        try (Database copy = Database.open(workingCopy)) {
            new RestoreCarryOverRepository(copy.dsl()).carryOver(database.file());
            new AuditRepository(copy.dsl()).insert(restoreLine);
        } catch (RuntimeException e) {
            throw new UserError("恢复前无法把年度锁定和恢复记录写入备份的工作副本（" + e.getMessage() + "），没有恢复，现有数据未受影响。", e);
        }
    }

    private static UserError refused(Path source, String why) {
        return new UserError("“" + source.getFileName() + "”不能用于恢复：" + why + "。现有数据未受影响，请选择另一个备份。");
    }

    /** The restored data passes the checks, or the restore is undone from the copy made just before it. */
    private void requireSoundAfterRestore(Path source, BackupFile safety) {
        String problem;
        try {
            List<String> check = database.integrityCheck();
            problem = check.equals(List.of("ok")) ? (database.foreignKeyCheck().isEmpty() ? null : "外键检查未通过")
                    : String.join("；", check);
            database.tableCounts();
        } catch (RuntimeException e) {
            problem = e.getMessage();
        }
        if (problem == null) {
            return;
        }
        try {
            live.restoreFrom(safety.path());
        } catch (RuntimeException e) {
            throw new UserError("从“" + source.getFileName() + "”恢复后的数据未通过检查（" + problem + "），自动撤销也没有成功。"
                    + "恢复前的数据在“" + safety.path() + "”：请用“从其他文件恢复”选择它，并联系技术支持。", e);
        }
        throw new UserError("从“" + source.getFileName() + "”恢复后的数据未通过检查（" + problem + "），已自动撤销，现有数据未受影响。"
                + "请选择另一个备份。");
    }

    /** Called after a restore has replaced the live data, on the thread that ran the restore. */
    public void addRestoreListener(Runnable listener) {
        restoreListeners.add(listener);
    }

    private BackupFile automaticBackup() {
        BackupFile made = write(folder.path(), BackupKind.AUTO);
        rotate();
        return made;
    }

    private void rotate() {
        List<BackupFile> autos = folder.autoBackupsOf(stem);
        Set<BackupFile> keep = policy.keep(autos, BackupFile::takenAt);
        for (BackupFile f : autos) {
            if (!keep.contains(f)) {
                try {
                    Files.deleteIfExists(f.path());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Cannot delete old automatic backup " + f.path(), e);
                }
            }
        }
    }

    private BackupFile write(Path targetFolder, BackupKind kind) {
        LocalDateTime at = now();
        BackupName name = new BackupName(stem, kind, at);
        Path target = targetFolder.toAbsolutePath().resolve(name.fileName(1));
        for (int n = 2; Files.exists(target); n++) {
            target = targetFolder.toAbsolutePath().resolve(name.fileName(n));
        }
        Path written = writer.write(target, false);
        return new BackupFile(written, kind, at, sizeOf(written));
    }

    /**
     * Removes what a killed backup or restore left beside the database and in the backup folder (issue 14,
     * item 7); the app calls it at start, and each backup and restore before it begins. Returns the names.
     */
    public List<String> cleanLeftovers() {
        List<String> removed = new ArrayList<>(Leftovers.clean(database.file().getParent(), RESTORE_FOLDERS));
        removed.addAll(Leftovers.clean(database.file().getParent(), AtomicFiles.TEMPORARY));
        removed.addAll(Leftovers.clean(folder.path(), AtomicFiles.TEMPORARY));
        if (!removed.isEmpty()) {
            LOG.info("Removed leftovers of interrupted work: " + removed);
        }
        return removed;
    }

    private Path workingFolder() {
        cleanLeftovers();
        try {
            return Files.createTempDirectory(database.file().getParent(), ".restore" + Leftovers.tag());
        } catch (IOException e) {
            throw new UserError("无法在“" + database.file().getParent() + "”中准备恢复：请检查写入权限和磁盘空间。现有数据未受影响。", e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
