// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.requests.DocumentLink;
import org.disclosuredesk.requests.RequestView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "显示一件申请：登记信息、答复期限与状态、办理结果，以及转为主动公开时关联的台账文件（第四十四条）。")
final class RequestsShowCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--request", required = true, paramLabel = "N", description = "申请：内部编号 N，或登记号（如 依申请〔2025〕第12号）")
    String request;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    /** A linked register entry as the command line prints it. */
    record LinkedDocument(long document_id, String title, String doc_number, String index_number, LocalDate written_on,
            LocalDate linked_on, String note) {

        static LinkedDocument of(DocumentLink l) {
            return new LinkedDocument(l.document().id(), l.document().title(), l.document().docNumber(), l.document().indexNumber(),
                    l.document().writtenOn(), l.linkedOn(), l.note());
        }
    }

    /** The request as {@code requests list --json} prints it, its internal id, and its links. */
    record Shown(long id, RequestsListCommand.Item request, List<LinkedDocument> proactive_documents) {
    }

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        long id = RequestArgument.resolve(ctx, request, "--request");
        RequestView v = ctx.requests().detail(id).view();
        List<DocumentLink> links = ctx.documentLinks().forRequest(id);
        if (json) {
            Commands.printJson(spec, new Shown(id, RequestsListCommand.Item.of(v),
                    links.stream().map(LinkedDocument::of).toList()));
            return;
        }
        RequestsListCommand.Item item = RequestsListCommand.Item.of(v);
        var out = Commands.out(spec);
        out.println(item.reg_number() + "（内部编号 " + id + "）\t" + item.status() + "\t" + v.deadline().shortText());
        out.println("申请人：" + item.applicant_name() + "（" + item.applicant_kind() + "）\t收到：" + item.received_on());
        out.println("内容：" + item.content());
        out.println("办理结果：" + (item.result_label() == null ? "尚未答复" : item.result_label() + "（" + item.decided_on() + "）"));
        if (links.isEmpty()) {
            out.println("转为主动公开：未关联台账文件");
        }
        for (DocumentLink l : links) {
            out.println("转为主动公开：" + l.document().describe() + "，" + l.linkedOn() + " 关联" + (l.note() == null ? "" : "，" + l.note()));
        }
    }
}
