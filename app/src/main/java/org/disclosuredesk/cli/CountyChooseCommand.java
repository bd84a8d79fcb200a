// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "choose", description = "一个单位报送了两份不同数据时，选定汇总所用的那一份（编号见 county status --json 的 package_id 与 county tables --json）。")
final class CountyChooseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "N", description = "数据包编号")
    long id;

    @Override
    public void run() {
        Commands.context(spec).consolidation().choose(id);
        Commands.out(spec).println("已选定数据包 " + id + "。");
    }
}
