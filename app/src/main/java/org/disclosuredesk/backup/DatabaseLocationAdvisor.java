// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Warns when the database file sits where SQLite is known to corrupt it (sqlite.org, "How To Corrupt
 * An SQLite Database File", §2.1 and §1.4): on a network drive, whose file locking is unreliable, or in a
 * folder a sync client (OneDrive, 坚果云, 百度网盘 …) copies and replaces while the app writes.
 */
public final class DatabaseLocationAdvisor {

    private final String osName;
    private final Function<Path, Optional<String>> fileStoreType;
    private final Predicate<Character> remoteDrive;

    /** Uses this machine: the JDK's file-store type and, on Windows, the drive type of mapped letters. */
    public DatabaseLocationAdvisor() {
        this(System.getProperty("os.name", ""), DatabaseLocationAdvisor::fileStoreTypeOf, new WindowsDriveTypes());
    }

    DatabaseLocationAdvisor(String osName, Function<Path, Optional<String>> fileStoreType, Predicate<Character> remoteDrive) {
        this.osName = osName;
        this.fileStoreType = fileStoreType;
        this.remoteDrive = remoteDrive;
    }

    /** The warnings for {@code databaseFile}; empty when it is on a local, unsynced disk. May take a second on Windows. */
    public List<LocationWarning> advise(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath().normalize();
        return advise(absolute.toString(), fileStoreType.apply(absolute));
    }

    /** The same rules on a path as text, for tests of other systems' paths. */
    List<LocationWarning> advise(String path, Optional<String> storeType) {
        List<LocationWarning> warnings = new ArrayList<>();
        NetworkLocations.networkLocation(path, osName, storeType, remoteDrive).ifPresent(where -> warnings.add(
                new LocationWarning(LocationWarning.Risk.NETWORK_DRIVE, where,
                        "数据库文件位于网络位置（" + where + "）。SQLite 数据库放在网络共享上，遇到断网或两台电脑同时打开时容易损坏。"
                                + "请把数据库移到本机硬盘（例如默认的数据文件夹）；需要存到网络盘时，请存放备份而不是正在使用的数据库。")));
        SyncedFolders.serviceOf(path).ifPresent(service -> warnings.add(
                new LocationWarning(LocationWarning.Risk.SYNCED_FOLDER, service,
                        "数据库文件位于“" + service + "”同步文件夹中。同步软件会在本软件写入时上传或替换文件，可能损坏数据库或产生冲突副本。"
                                + "请把数据库移到不同步的本机文件夹；需要云端存档时，请把备份（而不是正在使用的数据库）放进同步文件夹。")));
        return warnings;
    }

    /** The file store of the file, or of its nearest existing folder when the file is not created yet. */
    private static Optional<String> fileStoreTypeOf(Path file) {
        for (Path p = file; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Optional.of(Files.getFileStore(p).type());
                } catch (IOException | SecurityException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
