// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.AppContext;
import org.disclosuredesk.register.FeeAmount;
import org.disclosuredesk.register.YearlyStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "yearly-stats", description = "填写某年度表二中台账以外的数据：行政许可、行政处罚、行政强制、行政事业性收费。")
final class RegisterYearlyStatsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY")
    int year;

    @Option(names = "--licensing", paramLabel = "N", description = "行政许可 本年处理决定数量")
    Integer licensing;

    @Option(names = "--penalty", paramLabel = "N", description = "行政处罚 本年处理决定数量")
    Integer penalty;

    @Option(names = "--coercion", paramLabel = "N", description = "行政强制 本年处理决定数量")
    Integer coercion;

    @Option(names = "--fee", paramLabel = "万元", description = "行政事业性收费 本年收费金额（万元，最多 6 位小数）")
    String fee;

    @Option(names = "--note", paramLabel = "TEXT", description = "数据来源说明")
    String note;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        YearlyStatistics now = ctx.yearlyStatistics().forYear(year);
        YearlyStatistics saved = ctx.yearlyStatistics().save(new YearlyStatistics(year,
                licensing == null ? now.licensingDecisions() : licensing,
                penalty == null ? now.penaltyDecisions() : penalty,
                coercion == null ? now.coercionDecisions() : coercion,
                fee == null ? now.adminFeeFen() : FeeAmount.fenFromWanYuan(fee),
                note == null ? now.sourceNote() : note, true));
        RegisterCommandJson.printTableTwo(Commands.out(spec), ctx.register().tableTwo(saved.year()));
    }
}
