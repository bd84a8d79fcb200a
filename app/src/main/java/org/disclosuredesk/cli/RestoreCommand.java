// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.DatabaseHealth;
import org.disclosuredesk.backup.OtherOfficeBackupException;
import org.disclosuredesk.backup.RestoreResult;
import org.disclosuredesk.db.DatabaseOpenException;
import org.disclosuredesk.shared.DataLocation;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "从备份 FILE 恢复数据：先检查备份，再把当前数据备份到 backups 文件夹，然后替换。"
        + "数据库已损坏时也可使用：损坏的文件原样保存在 damaged 文件夹。其他单位的备份须加 --other-office 才会恢复。")
final class RestoreCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "备份文件（.db）")
    Path file;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Option(names = "--other-office", description = "确认要用其他单位的备份替换本单位的全部数据（包括单位名称）")
    boolean otherOffice;

    @Override
    public void run() {
        RestoreResult result;
        AppContext ctx;
        try {
            ctx = Commands.context(spec);
            result = ctx.backups().restore(file, otherOffice);
        } catch (OtherOfficeBackupException e) {
            // The second ask of the command line: the same command again, with the flag that says it was meant.
            throw new UserError(e.getMessage() + "如确要用“" + e.office().backup() + "”的备份替换“" + e.office().current()
                    + "”的数据，请加上 --other-office 再运行一次。", e);
        } catch (DatabaseOpenException e) {
            if (e.problem() != DatabaseOpenException.Problem.DAMAGED) {
                throw e;
            }
            // The live file is damaged and stays closed: put the backup in its place, then open it as usual.
            result = new DatabaseHealth(Clock.systemDefaultZone()).recover(databaseFile(), file);
            ctx = Commands.context(spec);
            ctx.backups().recordRecovery(result);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("database", ctx.database().file().toString());
            out.put("restored_from", result.restoredFrom().toString());
            out.put("previous_data", result.previousData().toString());
            out.put("tables", ctx.database().tableCounts());
            Commands.printJson(spec, out);
        } else {
            Commands.out(spec).println("已从“" + result.restoredFrom() + "”恢复：" + ctx.database().file());
            Commands.out(spec).println("恢复前的数据保存在：" + result.previousData());
        }
    }

    private Path databaseFile() {
        return DataLocation.resolveForThisMachine(((RootCommand) spec.root().userObject()).db);
    }
}
