// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.register.TableTwoFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "某年度年报表二（主动公开政府信息情况）的数据。")
final class RegisterStatsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度")
    int year;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        TableTwoFigures f = Commands.context(spec).register().tableTwo(year);
        if (json) {
            Commands.printJson(spec, RegisterCommandJson.tableTwo(f));
        } else {
            RegisterCommandJson.printTableTwo(Commands.out(spec), f);
        }
    }
}
