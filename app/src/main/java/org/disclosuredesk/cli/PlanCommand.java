// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "工作方案：读取、导入、导出任务分工表、年度小结、解析速度测试。",
        subcommands = {PlanParseCommand.class, PlanImportCommand.class, PlanListCommand.class, PlanExportCommand.class,
                PlanSummaryCommand.class, PlanBenchCommand.class})
final class PlanCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
