// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "county", description = "全县汇总：各单位导出上报数据包，县政务公开办接收、校验、汇总、催报。",
        subcommands = {CountyPackageCommand.class, CountyOfficesCommand.class, CountyReceiveCommand.class,
                CountyStatusCommand.class, CountyChooseCommand.class, CountyTablesCommand.class, CountyExportCommand.class,
                CountyRemindCommand.class})
final class CountyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Commands.out(spec));
    }
}
