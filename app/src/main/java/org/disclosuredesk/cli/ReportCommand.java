// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "政府信息公开工作年度报告：计算、检查、导出。",
        subcommands = {ReportBuildCommand.class, ReportPdfCommand.class, ReportDocxCommand.class, ReportDraftCommand.class,
                ReportBenchCommand.class})
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Commands.out(spec));
    }
}
