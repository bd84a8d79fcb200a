// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.List;
import org.disclosuredesk.consolidation.Reminder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "remind", description = "催报名单：尚未报送定稿数据的单位及距截止日（部门、乡镇1月31日，县政府3月31日）的天数，可直接复制到通知中。")
final class CountyRemindCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "汇总年度")
    int year;

    @Override
    public void run() {
        List<Reminder> reminders = Commands.context(spec).consolidation().reminders(year);
        if (reminders.isEmpty()) {
            Commands.out(spec).println("名单上的单位均已报送" + year + "年度定稿数据。");
            return;
        }
        reminders.forEach(r -> Commands.out(spec).println(r.line()));
    }
}
