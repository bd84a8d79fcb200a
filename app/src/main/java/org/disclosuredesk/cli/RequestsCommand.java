// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "requests", description = "依申请公开台账：导入、列出、导出、出具告知书、查看一件申请、关联转为主动公开的文件、拆分为多项。",
        subcommands = {RequestsImportCommand.class, RequestsListCommand.class, RequestsExportCommand.class,
                RequestsNoticeCommand.class, RequestsShowCommand.class, RequestsLinkCommand.class, RequestsUnlinkCommand.class,
                RequestsSplitCommand.class})
final class RequestsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Commands.out(spec));
    }
}
