// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.AppContext;
import org.disclosuredesk.requests.DocumentLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "link", description = "转为主动公开（第四十四条）：把已予以公开或部分公开的申请关联到主动公开台账中由它促成的文件。")
final class RequestsLinkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--request", required = true, paramLabel = "N", description = "申请：内部编号 N，或登记号（如 依申请〔2025〕第12号）")
    String request;

    @Option(names = "--document", required = true, paramLabel = "ID", description = "主动公开台账中文件的编号（register search --json 的 id）")
    long document;

    @Option(names = "--note", paramLabel = "TEXT", description = "备注（可不填）")
    String note;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        DocumentLink link = ctx.documentLinks().link(RequestArgument.resolve(ctx, request, "--request"), document, note);
        Commands.out(spec).println("已关联：" + link.requestNumber() + " → " + link.document().describe());
    }
}
