// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "把某年度的依申请公开台账导出为 .xlsx。")
final class RequestsExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "登记年度")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出的 .xlsx 文件")
    Path out;

    @Override
    public void run() {
        Commands.out(spec).println("已导出：" + Commands.context(spec).requestTransfer().exportYear(year, out));
    }
}
