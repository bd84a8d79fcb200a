// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.List;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportJson;
import org.disclosuredesk.report.check.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", description = "计算某年度报告的表二、表三、表四并运行全部检查。有阻止导出的错误时退出码为 1（错误清单在标准错误输出）。")
final class ReportBuildCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度")
    int year;

    @Option(names = "--json", description = "以 JSON 输出（各表的行、列均以其标签为键）")
    boolean json;

    @Override
    public Integer call() {
        Report report = Commands.context(spec).report().build(year);
        if (json) {
            Commands.printJson(spec, ReportJson.of(report));
        } else {
            ReportText.print(Commands.out(spec), report);
        }
        if (!report.exportable()) {
            ReportText.findings(spec.commandLine().getErr(), report.year() + "年度报告有" + report.errors().size() + "处错误，不能导出：",
                    report.errors(), report);
            return 1;
        }
        return 0;
    }

    static void printWarnings(CommandSpec spec, Report report, List<Finding> warnings) {
        if (!warnings.isEmpty()) {
            ReportText.findings(spec.commandLine().getErr(), "提醒（命令行导出视为已确认）：", warnings, report);
        }
    }
}
