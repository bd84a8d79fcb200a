// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "package", description = "导出上报数据：把本单位该年度的表二、表三、表四、报告状态、工作方案完成情况和报告正文写成一个数据包（不含申请人信息）。")
final class CountyPackageCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR", description = "输出文件，或文件夹（文件名为「机关-年度-上报.zip」）")
    Path out;

    @Override
    public void run() {
        Path file = Commands.context(spec).packageExporter().write(year, out);
        Commands.out(spec).println("已导出上报数据：" + file);
    }
}
