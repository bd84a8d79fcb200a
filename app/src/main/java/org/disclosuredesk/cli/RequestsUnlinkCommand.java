// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "unlink", description = "取消申请与主动公开台账文件的关联（文件和申请本身不删除）。")
final class RequestsUnlinkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--request", required = true, paramLabel = "N", description = "申请：内部编号 N，或登记号（如 依申请〔2025〕第12号）")
    String request;

    @Option(names = "--document", required = true, paramLabel = "ID", description = "主动公开台账中文件的编号")
    long document;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        long id = RequestArgument.resolve(ctx, request, "--request");
        ctx.documentLinks().unlink(id, document);
        Commands.out(spec).println("已取消关联：" + ctx.requests().find(id).number().text() + " 与台账第 " + document + " 条文件");
    }
}
