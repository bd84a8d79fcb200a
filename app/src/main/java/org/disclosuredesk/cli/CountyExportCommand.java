// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.consolidation.CountyTables;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "导出全县汇总表：.xlsx（每表一页，每单位一行加全县合计）或 .pdf（年度报告版式）。")
final class CountyExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "汇总年度")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件（.xlsx 或 .pdf）")
    Path out;

    @Option(names = "--county", paramLabel = "NAME", description = "汇总表标题中的县名（默认：本机设置的机关名称）")
    String countyName;

    @Option(names = "--without-county-government", description = "不含县人民政府本级的数据")
    boolean withoutCountyGovernment;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        CountyTables county = ctx.consolidation().countyTables(year, !withoutCountyGovernment);
        String name = out.getFileName().toString().toLowerCase();
        if (name.endsWith(".xlsx")) {
            ctx.countyExports().writeWorkbook(county, out);
        } else if (name.endsWith(".pdf")) {
            String title = countyName != null ? countyName : ctx.settings().current().reportOrganName();
            ctx.countyExports().writePdf(title, county, out, BackgroundTask.Progress.NONE);
        } else {
            throw new UserError("输出文件应以 .xlsx 或 .pdf 结尾：" + out);
        }
        Commands.out(spec).println("已导出：" + out);
    }
}
