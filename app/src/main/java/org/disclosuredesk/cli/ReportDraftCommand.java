// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "draft", description = "「生成初稿」：根据台账数据起草第一、五、六部分并保存（已有正文时需 --overwrite）。")
final class ReportDraftCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度")
    int year;

    @Option(names = "--overwrite", description = "覆盖已保存的正文")
    boolean overwrite;

    @Option(names = "--json", description = "以 JSON 输出起草的正文")
    boolean json;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        boolean written = ctx.report().draft(year).map(d -> !d.narrative().isEmpty()).orElse(false);
        if (written && !overwrite) {
            throw new UserError(year + "年度报告已有正文。如要用初稿覆盖，请加 --overwrite。");
        }
        Narrative n = ctx.report().generateDraft(year);
        ctx.report().saveNarrative(year, n, true);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", year);
            m.put("section_overview", n.overview());
            m.put("section_problems", n.problems());
            m.put("section_other", n.otherMatters());
            Commands.printJson(spec, m);
        } else {
            Commands.out(spec).println("已生成并保存" + year + "年度报告初稿。");
        }
    }
}
