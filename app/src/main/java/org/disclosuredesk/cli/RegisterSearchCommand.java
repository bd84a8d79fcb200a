// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.AppContext;
import org.disclosuredesk.register.RegisterPage;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "在标题、文号、发文机关和附件正文中搜索（最近登记的在前）。")
final class RegisterSearchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "要找的文字；多个词以空格分开时须全部出现")
    String text;

    @Option(names = "--year", paramLabel = "YYYY", description = "只在该年度（按成文日期）中找")
    Integer year;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "最多列出几件（默认 ${DEFAULT-VALUE}）")
    int limit;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        if (text == null || text.isBlank()) {
            throw new UserError("请给出要搜索的文字。");
        }
        if (limit < 1) {
            throw new UserError("--limit 应为正整数。");
        }
        AppContext ctx = Commands.context(spec);
        ctx.register().refreshDeadlinesIfStale();
        RegisterPage page = ctx.register().page(RegisterQuery.search(text).withYear(year), null, limit);
        if (json) {
            Commands.printJson(spec, RegisterCommandJson.entries(page.rows()));
        } else {
            page.rows().forEach(e -> RegisterCommandJson.printLine(Commands.out(spec), e));
            Commands.out(spec).println("找到 " + page.rows().size() + " 件" + (page.hasMore() ? "（还有更多，可用 --limit）" : ""));
        }
    }
}
