// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.DatabaseHealth;
import org.disclosuredesk.backup.HealthReport;
import org.disclosuredesk.backup.LocationWarning;
import org.disclosuredesk.backup.RecoveryOffer;
import org.disclosuredesk.db.DatabaseOpenException;
import org.disclosuredesk.shared.DataLocation;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "检查数据库：完整性检查、外键检查、各表行数，以及存放位置是否安全。有问题时退出码为 1。")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public Integer call() {
        HealthReport report;
        try {
            AppContext ctx = Commands.context(spec);
            report = ctx.health().check(ctx.database());
        } catch (DatabaseOpenException e) {
            if (e.problem() != DatabaseOpenException.Problem.DAMAGED) {
                throw e;
            }
            return damaged(e.getMessage());
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            // A schema SQLite cannot use (found by the fuzz test: a garbled CHECK constraint passes
            // integrity_check but fails every normal query) is a damaged file too, not an unexpected error.
            return damaged("检查无法完成：数据库文件“" + databaseFile() + "”无法正常读取（" + e.getMessage() + "），可能已损坏。"
                    + "请不要再写入该文件，并从备份恢复。");
        }
        print(report);
        return report.healthy() ? 0 : 1;
    }

    private int damaged(String problem) {
        Path file = databaseFile();
        printDamaged(file, problem, new DatabaseHealth(Clock.systemDefaultZone()).recoveryOffer(file));
        return 1;
    }

    private Path databaseFile() {
        return DataLocation.resolveForThisMachine(((RootCommand) spec.root().userObject()).db);
    }

    private void print(HealthReport r) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("database", r.database().toString());
            out.put("healthy", r.healthy());
            out.put("schema_version", r.schemaVersion());
            out.put("integrity_check", r.integrityCheck());
            out.put("foreign_key_check", r.foreignKeyCheck());
            out.put("lock_problems", r.lockProblems());
            out.put("tables", r.tableCounts());
            out.put("warnings", r.warnings().stream().map(CheckCommand::warning).collect(Collectors.toList()));
            Commands.printJson(spec, out);
            return;
        }
        PrintWriter out = Commands.out(spec);
        out.println("数据库：" + r.database() + "（结构版本 " + r.schemaVersion() + "）");
        out.println("完整性检查：" + (r.integrityCheck().equals(List.of("ok")) ? "通过" : "未通过 — " + String.join("；", r.integrityCheck())));
        out.println("外键检查：" + (r.foreignKeyCheck().isEmpty() ? "通过" : "未通过 — " + String.join("；", r.foreignKeyCheck())));
        out.println("年度锁定：" + (r.lockProblems().isEmpty() ? "通过" : "未通过 — " + String.join("；", r.lockProblems())));
        out.println("各表行数：");
        r.tableCounts().forEach((table, n) -> out.println("  " + table + "：" + n));
        r.warnings().forEach(w -> out.println("提醒：" + w.message()));
        out.println(r.healthy() ? "结论：数据库完好。" : conclusion(r));
    }

    private static String conclusion(HealthReport r) {
        boolean onlyLocks = r.integrityCheck().equals(List.of("ok")) && r.foreignKeyCheck().isEmpty();
        return onlyLocks ? "结论：文件完好，但有年度的锁定记录缺失：该年数据可能已被改动。请核对该年数据与已发布的报告（按 SHA-256 比对文件），"
                + "再在“年度报告”中重新定稿导出；或从锁定前后的备份恢复。"
                : "结论：数据库有问题，请从备份恢复（restore 命令，或 设置 → 备份与恢复）。";
    }

    private void printDamaged(Path file, String problem, Optional<RecoveryOffer> offer) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("database", file.toAbsolutePath().toString());
            out.put("healthy", false);
            out.put("integrity_check", List.of(problem));
            out.put("foreign_key_check", List.of());
            out.put("tables", Map.of());
            out.put("recovery_offer", offer.map(o -> {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("file", o.backup().file().path().toString());
                b.put("taken_at", o.backup().file().takenAt());
                b.put("tables", o.backup().contents().tableCounts());
                return b;
            }).orElse(null));
            Commands.printJson(spec, out);
            return;
        }
        PrintWriter out = Commands.out(spec);
        out.println(problem);
        out.println(offer.map(o -> "最近一份完好的备份：" + o.backup().file().path() + "（" + o.backup().file().takenAt()
                        + "）。恢复：restore \"" + o.backup().file().path() + "\"")
                .orElse("没有找到完好的备份。请勿再写入该文件，并联系技术支持。"));
    }

    private static Map<String, String> warning(LocationWarning w) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("risk", w.risk().name());
        m.put("where", w.where());
        m.put("message", w.message());
        return m;
    }
}
