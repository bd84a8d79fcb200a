// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "导出工作方案的任务分工表（序号、工作任务、牵头单位、责任单位、完成时限、完成情况）。")
final class PlanExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN_ID", description = "方案编号（见 plan list）")
    long planId;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Outputs outputs;

    static final class Outputs {
        @Option(names = "--xlsx", paramLabel = "FILE", description = "导出为 Excel 表格")
        Path xlsx;

        @Option(names = "--pdf", paramLabel = "FILE", description = "导出为 PDF 表格")
        Path pdf;
    }

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        if (outputs.xlsx != null) {
            ctx.plans().exportTaskTableXlsx(planId, outputs.xlsx);
            Commands.out(spec).println("已导出：" + outputs.xlsx);
        }
        if (outputs.pdf != null) {
            ctx.plans().exportTaskTablePdf(planId, outputs.pdf);
            Commands.out(spec).println("已导出：" + outputs.pdf);
        }
    }
}
