// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "用 SQLite 在线备份把数据库复制到 FILE（软件开着也可以）；副本通过完整性检查后才以该文件名出现。"
        + "FILE 是已有文件夹时，在其中写入带日期的备份。")
final class BackupCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "备份文件或文件夹（例如 U 盘上的 E:\\备份\\）")
    String out;

    @Option(names = "--overwrite", description = "FILE 已存在时覆盖它")
    boolean overwrite;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        // "E:\备份\" names a folder even before it exists; Path.of would drop the slash and make it a file name.
        boolean folder = out.endsWith("/") || out.endsWith("\\");
        BackupFile made = folder ? ctx.backups().backupNow(Path.of(out)) : ctx.backups().backupTo(Path.of(out), overwrite);
        Map<String, Integer> tables = ctx.backups().inspect(made.path()).tableCounts();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", made.path().toString());
            result.put("taken_at", made.takenAt());
            result.put("size_bytes", made.sizeBytes());
            result.put("tables", tables);
            Commands.printJson(spec, result);
        } else {
            Commands.out(spec).println("已备份到：" + made.path() + "（" + made.sizeBytes() / 1024 + " KB，已通过完整性检查）");
        }
    }
}
