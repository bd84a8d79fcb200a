// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestItem;
import org.disclosuredesk.requests.RequestItemService;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "split", description = "按一事一申请（国办函〔2020〕109号第四条）把一件申请拆分为多项、设定某项的办理结果、合并为一项；不带操作时列出各项。"
        + "拆分后每项在年度报告表三和按件收费中各计一件。")
final class RequestsSplitCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "N", description = "申请：内部编号 N，或登记号（如 依申请〔2025〕第12号）")
    String request;

    @Option(names = "--item", paramLabel = "TEXT", description = "一项申请内容（可重复，至少两项）：按顺序拆分")
    List<String> items = new ArrayList<>();

    @Option(names = "--result", paramLabel = "NO=ROW", description = "第 NO 项的办理结果（可重复），如 2=4.1 或 2=（四）无法提供 1.本机关不掌握相关政府信息；NO= 清除")
    List<String> results = new ArrayList<>();

    @Option(names = "--merge", description = "合并为一项：删除各项，按一件统计")
    boolean merge;

    @Option(names = "--json", description = "以 JSON 输出各项")
    boolean json;

    record Item(String reference, int item_no, String content, String result_code, String result_label) {

        static Item of(Request r, RequestItem i) {
            return new Item(i.reference(r.number()), i.number(), i.content(), i.result() == null ? null : i.result().code(),
                    i.result() == null ? null : i.result().fullLabel());
        }
    }

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        long id = RequestArgument.resolve(ctx, request, "--id");
        Request r = ctx.requests().find(id);
        RequestItemService service = ctx.requestItems();
        if (merge && (!items.isEmpty() || !results.isEmpty())) {
            throw new UserError("--merge 不能与 --item 或 --result 同时使用。");
        }
        // Every --result is read before anything is written: a mistyped row changes nothing.
        java.util.Map<Integer, ResultRow> chosen = new java.util.LinkedHashMap<>();
        for (String result : results) {
            int eq = result.indexOf('=');
            if (eq < 1 || !result.substring(0, eq).trim().matches("\\d{1,3}")) {
                throw new UserError("--result 应写作“项号=办理结果”，如 2=4.1，不是“" + result + "”。");
            }
            String row = result.substring(eq + 1).trim();
            chosen.put(Integer.parseInt(result.substring(0, eq).trim()), row.isEmpty() ? null : ResultRow.fromLabel(row)
                    .orElseThrow(() -> new UserError("不认识的办理结果“" + row + "”。请用表三的编号（如 1、2、3.4、4.1）或完整名称。")));
        }
        if (merge) {
            service.merge(id);
        }
        if (!items.isEmpty()) {
            service.split(id, items);
        }
        chosen.forEach((no, row) -> service.setResult(id, no, row));
        List<RequestItem> now = service.items(id);
        if (json) {
            Commands.printJson(spec, now.stream().map(i -> Item.of(r, i)).collect(Collectors.toList()));
            return;
        }
        if (now.isEmpty()) {
            Commands.out(spec).println(r.number() + " 未拆分，按一件统计。");
            return;
        }
        Commands.out(spec).println(r.number() + " 拆分为 " + now.size() + " 项：");
        for (RequestItem i : now) {
            Commands.out(spec).println("  " + i.number() + ". " + i.content() + "　"
                    + (i.result() == null ? "（同申请的办理结果）" : i.result().fullLabel()));
        }
    }
}
