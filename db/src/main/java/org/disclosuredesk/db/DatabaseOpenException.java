// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.nio.file.Path;

/** Why a database file could not be opened; the message is for the office worker, in Chinese. */
public final class DatabaseOpenException extends RuntimeException {

    public enum Problem {
        NOT_SQLITE,
        DAMAGED,
        TOO_NEW,
        CANNOT_CREATE,
        MIGRATION_FAILED,
        /** No file there, or an empty one: only {@code init} (or the first start, after asking) creates one. */
        MISSING,
        /** Busy, read-only, a full disk or SQLite's library not loading: nothing wrong with the data (see {@link StorageProblem}). */
        STORAGE
    }

    private final Problem problem;
    private final Path file;

    public DatabaseOpenException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    static DatabaseOpenException notSqlite(Path file) {
        return new DatabaseOpenException(Problem.NOT_SQLITE, file,
                "文件“" + file + "”不是本软件的数据库（不是 SQLite 数据库文件）。请检查所选文件，或用 --db 指定正确的数据库。文件未作任何改动。",
                null);
    }

    static DatabaseOpenException damaged(Path file, String detail, Throwable cause) {
        return new DatabaseOpenException(Problem.DAMAGED, file,
                "数据库文件“" + file + "”已损坏（完整性检查未通过：" + detail + "）。为保护数据，软件没有写入该文件。"
                        + "请从最近的备份恢复（设置 → 备份与恢复，或命令 restore）。",
                cause);
    }

    static DatabaseOpenException tooNew(Path file, String version) {
        return new DatabaseOpenException(Problem.TOO_NEW, file,
                "数据库文件“" + file + "”由更新版本的软件创建（结构版本 " + version + "）。请升级本软件后再打开。文件未作任何改动。",
                null);
    }

    static DatabaseOpenException cannotCreate(Path file, Throwable cause) {
        return new DatabaseOpenException(Problem.CANNOT_CREATE, file,
                "无法创建或打开数据库文件“" + file + "”：请检查文件夹是否存在、是否有写入权限、磁盘是否已满。",
                cause);
    }

    static DatabaseOpenException migrationFailed(Path file, Path backup, Throwable cause) {
        return new DatabaseOpenException(Problem.MIGRATION_FAILED, file,
                "数据库升级失败，数据未改动。" + (backup == null ? "" : "升级前的备份在“" + backup + "”。")
                        + "请记下此信息并联系技术支持。",
                cause);
    }

    static DatabaseOpenException missing(Path file) {
        return new DatabaseOpenException(Problem.MISSING, file,
                "没有找到数据库文件“" + file + "”。请检查路径（--db 或环境变量 DESK_DB）；如要新建一个空数据库，请运行 init。"
                        + "没有创建任何文件。",
                null);
    }

    static DatabaseOpenException empty(Path file) {
        return new DatabaseOpenException(Problem.MISSING, file,
                "数据库文件“" + file + "”是空的（0 字节），可能是复制或保存时中断了。请从备份恢复（restore），"
                        + "或确认无误后运行 init 新建。文件未作任何改动。",
                null);
    }

    static DatabaseOpenException storage(Path file, StorageProblem problem, Throwable cause) {
        return new DatabaseOpenException(Problem.STORAGE, file, problem.message(file), cause);
    }
}
