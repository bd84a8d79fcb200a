// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.consolidation.CountyFigures;
import org.disclosuredesk.consolidation.CountyTables;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tables", description = "全县汇总表：各单位表二、表三、表四逐格相加；--json 的 tables 与 report build --json 同一结构，另附各单位名单和全县文字用数字。")
final class CountyTablesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "汇总年度")
    int year;

    @Option(names = "--without-county-government", description = "不含县人民政府本级的数据")
    boolean withoutCountyGovernment;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        CountyTables county = Commands.context(spec).consolidation().countyTables(year, !withoutCountyGovernment);
        CountyFigures figures = county.figures();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("year", year);
            root.put("offices", county.offices().stream().map(CountyTables.Contribution::organ).toList());
            Map<String, Object> report = ReportJson.of(new Report(year, "全县汇总", county.total(), Narrative.EMPTY, List.of(),
                    Report.ExportState.NEW));
            root.put("tables", report.get("tables"));
            root.put("figures", figures);
            root.put("paragraph", figures.paragraph(year));
            Commands.printJson(spec, root);
            return;
        }
        Commands.out(spec).println(year + "年度全县汇总（" + county.offices().size() + "个单位）");
        Commands.out(spec).println(figures.paragraph(year));
    }
}
