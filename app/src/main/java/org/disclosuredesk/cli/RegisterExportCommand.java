// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.shared.BackgroundTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "把台账（可按年度、搜索词筛选）导出为 .xlsx。")
final class RegisterExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件")
    Path out;

    @Option(names = "--year", paramLabel = "YYYY", description = "只导出该年度（按成文日期）")
    Integer year;

    @Option(names = "--search", paramLabel = "TEXT", description = "只导出含该文字的文件")
    String search;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        ctx.register().refreshDeadlinesIfStale();
        int n = ctx.registerExporter().export(RegisterQuery.ALL.withYear(year).withText(search), out, BackgroundTask.Progress.NONE);
        Commands.out(spec).println("已导出 " + n + " 件到 " + out.toAbsolutePath());
    }
}
