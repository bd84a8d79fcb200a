// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.DatabaseFiles;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.settings.OrgSettings;

/** 设置 → 备份与恢复 → 从其他文件恢复…: a .db file from a USB stick replaces the office's data. */
final class BackupRestoreAdapter implements ImporterAdapter {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public List<Path> validFiles(Path dir) throws Exception {
        Path source = dir.resolve("source").resolve("desk.db");
        try (AppContext ctx = new AppContext(Database.open(source), java.time.Clock.systemDefaultZone())) {
            ctx.settings().save(OrgSettings.defaultsFor("示例县人民政府办公室"));
            DatabaseFiles.addUnits(ctx.database(), "办公室", "政务公开科", "法制科");
            ctx.settings().putValue("requests.import.mapping", "{\"申请人\":\"applicant_name\"}");
            return List.of(ctx.backups().backupTo(dir.resolve("backup.db"), false).path());
        }
    }

    @Override
    public List<BrokenInput> brokenInputs(Path dir) throws Exception {
        Path valid = validFiles(dir.resolve("valid")).get(0);
        Path truncated = dir.resolve("truncated.db");
        byte[] bytes = Files.readAllBytes(valid);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path otherApp = dir.resolve("other-app.db");
        org.jooq.impl.DSL.using("jdbc:sqlite:" + otherApp).execute("CREATE TABLE contacts (name TEXT)");
        Path orphans = dir.resolve("orphans.db");
        Files.copy(valid, orphans);
        org.jooq.impl.DSL.using("jdbc:sqlite:" + orphans).execute("INSERT INTO unit_alias (unit_id, alias) VALUES (999, '孤儿')");
        return List.of(
                BrokenInput.refused("an empty file", HostileFiles.empty(dir, "empty.db"), "不是 SQLite"),
                BrokenInput.refused("GBK text named .db", HostileFiles.gbk(dir, "台账.db", "序号,申请人\r\n1,张三\r\n"), "不是 SQLite"),
                BrokenInput.refused("a zip of something else named .db", HostileFiles.zipOfSomethingElse(dir, "photos.db"), "不是 SQLite"),
                BrokenInput.refused("a backup cut off half way (copy interrupted)", truncated, "不能用于恢复"),
                BrokenInput.refused("another program's SQLite file", otherApp, "不是本软件的数据库"),
                BrokenInput.refused("a file whose rows point at nothing", orphans, "外键检查未通过"),
                BrokenInput.refused("a backup from a newer version of the app", DatabaseFiles.newerAppDatabase(dir.resolve("newer.db")), "更新版本"),
                // found by ImportFuzzTest: damage that passes integrity_check on a read-only connection
                BrokenInput.refused("a garbled CHECK constraint in the schema", resource(dir, "garbled-check-constraint.db"), "不能用于恢复"),
                BrokenInput.refused("an unknown function in the schema", resource(dir, "unknown-function-in-schema.db"), "不能用于恢复"));
    }

    static Path resource(Path dir, String name) throws java.io.IOException {
        Path file = dir.resolve(name);
        try (java.io.InputStream in = BackupRestoreAdapter.class.getResourceAsStream("/hostile/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Override
    public String run(AppContext context, Path file) {
        context.backups().restore(file);
        return "";
    }
}
