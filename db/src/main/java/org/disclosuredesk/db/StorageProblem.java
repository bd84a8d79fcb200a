// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.NativeLibraryNotFoundException;

/**
 * The ways the machine, not the data, stops the database (issue 14, items 9 and 10): another program
 * writing, a read-only file, a read-only folder, a full disk, and SQLite's own library that cannot load
 * (issue 17). Each has its own message saying what to do; none of them is damage, so none offers a restore.
 */
public enum StorageProblem {
    BUSY,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    DISK_FULL,
    /**
     * sqlite-jdbc run from the plain jar copies its library into the temp folder and loads it from there; a
     * temp folder that is not writable, or where a security policy forbids running programs (common on
     * locked-down office PCs), stops every connection. The installed app loads it from its own folder.
     */
    NO_SQLITE_LIBRARY;

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final long ALMOST_FULL_BYTES = 1024 * 1024;

    /** What the clerk is told; {@code file} is the database file (or the file being written). */
    public String message(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        switch (this) {
            case BUSY:
                return "数据库“" + file + "”正被另一个程序写入，软件已自动重试，仍未完成。请稍等片刻再试；如反复出现，"
                        + "请关闭同时打开该文件的其他程序（数据库工具、另一个工作台窗口）。数据没有改动。";
            case READ_ONLY_FILE:
                return "数据库文件“" + file + "”是只读的，不能保存。请在文件属性中去掉“只读”，或把它复制到可写的文件夹"
                        + "（例如“文档”）后再打开。数据没有改动。";
            case READ_ONLY_FOLDER:
                return "数据库所在的文件夹“" + folder + "”不能写入（软件需要在数据库旁写入临时日志文件）。"
                        + "请把数据库文件复制到可写的文件夹（例如“文档”）后再打开。数据没有改动，文件没有损坏。";
            case DISK_FULL:
                return "“" + folder + "”所在的磁盘空间已满，无法保存。请删除不需要的文件、腾出空间后重试。数据没有改动，文件没有损坏。";
            case NO_SQLITE_LIBRARY:
                return "本机无法加载 SQLite 数据库组件：直接运行 jar 时，它要先放进临时文件夹“"
                        + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"))
                        + "”再加载，而该文件夹不可写，或安全策略禁止从那里运行程序。数据库文件“" + file
                        + "”没有损坏，也没有改动。请使用安装包（或便携版）里的程序，它从自己的文件夹加载该组件；或请管理员放开临时文件夹。";
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The storage problem behind {@code error} (anywhere in its causes), if it is one. */
    public static Optional<StorageProblem> of(Throwable error, Path file) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NativeLibraryNotFoundException || t instanceof UnsatisfiedLinkError) {
                return Optional.of(NO_SQLITE_LIBRARY);
            }
            Optional<StorageProblem> p = t instanceof SQLException ? ofSqlite((SQLException) t, file)
                    : t instanceof IOException ? ofIo((IOException) t, file) : Optional.empty();
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<StorageProblem> ofSqlite(SQLException e, Path file) {
        int code = e.getErrorCode() & 0xff;
        String text = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED || text.contains("SQLITE_BUSY")) {
            return Optional.of(BUSY);
        }
        if (code == SQLITE_FULL || text.contains("SQLITE_FULL")) {
            return Optional.of(DISK_FULL);
        }
        if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || text.contains("SQLITE_READONLY")) {
            return Optional.of(readOnly(file, text.contains("DIRECTORY") || code == SQLITE_CANTOPEN));
        }
        if (code == SQLITE_IOERR && almostFull(file)) {
            return Optional.of(DISK_FULL);
        }
        return Optional.empty();
    }

    private static Optional<StorageProblem> ofIo(IOException e, Path file) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")) {
            return Optional.of(DISK_FULL);
        }
        if (e instanceof AccessDeniedException || text.contains("read-only file system")) {
            return Optional.of(readOnly(file, false));
        }
        return Optional.empty();
    }

    /** Read-only: the file itself when it is the one not writable, otherwise (or when SQLite says so) its folder. */
    private static StorageProblem readOnly(Path file, boolean folderHinted) {
        Path absolute = file.toAbsolutePath();
        boolean fileWritable = !Files.exists(absolute) || Files.isWritable(absolute);
        Path folder = absolute.getParent();
        boolean folderWritable = folder == null || Files.isWritable(folder);
        if (!fileWritable) {
            return READ_ONLY_FILE;
        }
        return !folderWritable || folderHinted ? READ_ONLY_FOLDER : READ_ONLY_FILE;
    }

    private static boolean almostFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && Files.getFileStore(folder).getUsableSpace() < ALMOST_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
