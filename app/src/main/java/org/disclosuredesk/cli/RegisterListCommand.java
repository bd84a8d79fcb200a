// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "列出某年度（按成文日期）登记的文件。")
final class RegisterListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度（按成文日期）")
    int year;

    @Option(names = "--type", paramLabel = "文种", description = "只列该文种：规章、行政规范性文件、其他公文")
    String type;

    @Option(names = "--late", description = "只列公开超期的文件")
    boolean late;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        ctx.register().refreshDeadlinesIfStale();
        RegisterQuery q = RegisterQuery.ofYear(year).withLateOnly(late);
        if (type != null) {
            q = q.withDocType(DocType.fromLabel(type).orElseThrow(() -> new UserError("文种“" + type + "”不对：可用 规章、行政规范性文件、其他公文。")));
        }
        List<RegisterEntry> entries = ctx.register().list(q);
        if (json) {
            Commands.printJson(spec, RegisterCommandJson.entries(entries));
        } else {
            entries.forEach(e -> RegisterCommandJson.printLine(Commands.out(spec), e));
            Commands.out(spec).println("共 " + entries.size() + " 件");
        }
    }
}
