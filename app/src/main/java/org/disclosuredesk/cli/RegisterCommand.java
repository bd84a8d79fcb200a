// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "register", description = "主动公开台账：导入、列表、搜索、表二数据、导出、年度统计、基准测试。",
        subcommands = {RegisterImportCommand.class, RegisterListCommand.class, RegisterSearchCommand.class,
            RegisterStatsCommand.class, RegisterExportCommand.class, RegisterYearlyStatsCommand.class, RegisterBenchCommand.class})
final class RegisterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Commands.out(spec));
    }
}
