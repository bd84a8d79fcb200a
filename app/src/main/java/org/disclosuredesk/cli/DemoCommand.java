// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.shared.BackgroundTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "填入一个示例机关在指定年度及上一年度的演示数据（经由与窗口相同的服务录入）。")
final class DemoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "演示年度")
    int year;

    @Option(names = "--office", paramLabel = "NAME", description = "示例机关名称（默认「" + DemoOffice.DEMO_OFFICE_NAME + "」），用于演示全县汇总的多个单位")
    String office;

    @Option(names = "--json", description = "以 JSON 输出各表行数")
    boolean json;

    @Override
    public void run() {
        if (year < 2019 || year > 2100) {
            throw new org.disclosuredesk.shared.UserError("年度应在 2019 到 2100 之间：" + year);
        }
        AppContext ctx = Commands.context(spec);
        new DemoOffice(ctx).fill(year, office, new BackgroundTask.Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (!json) {
                    Commands.out(spec).println("[" + done + "/" + total + "] " + message);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        Map<String, Integer> counts = new LinkedHashMap<>(ctx.database().tableCounts());
        if (json) {
            Commands.printJson(spec, Map.of("year", year, "tables", counts));
        } else {
            Commands.out(spec).println("演示数据已填入：" + ctx.database().file());
            counts.forEach((table, n) -> Commands.out(spec).println("  " + table + "：" + n));
        }
    }
}
