// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.requests.notices.NoticeFileType;
import org.disclosuredesk.requests.notices.IssuedNotice;
import org.disclosuredesk.requests.notices.NoticeKind;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "notice", description = "出具某申请的告知书（编号、日期随申请保存，再次执行即重印同一份）并导出为 PDF 或 .docx。")
final class RequestsNoticeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "N", description = "申请：内部编号 N，或登记号（如 依申请〔2025〕第12号）")
    String request;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "receipt 登记回执, correction 补正, extension 延期, longer-period 第三十五条延迟答复, consultation 征求第三方意见, fee 收费, reply 答复（按办理结果）")
    String kind;

    @Option(names = "--result", paramLabel = "ROW",
            description = "答复告知书按一事一申请拆分、各项结果不同时：要出具哪一结果的答复，如 1、2、3.7、4.1")
    String result;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件（.pdf，或 .docx）")
    Path out;

    @Option(names = "--docx", description = "导出为 Word（.docx）；文件名以 .docx 结尾时也如此")
    boolean docx;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        NoticeKind k = NoticeKind.fromCliName(kind).orElseThrow(() -> new UserError("不认识的告知书种类“" + kind + "”。可用："
                + java.util.Arrays.stream(NoticeKind.values()).map(NoticeKind::cliName).collect(Collectors.joining("、")) + "。"));
        long id = RequestArgument.resolve(ctx, request, "--id");
        NoticeService notices = ctx.notices();
        List<NoticeService.Entry> fitting = notices.entries(id).stream().filter(e -> e.choice().type().kind() == k).toList();
        if (fitting.isEmpty()) {
            throw new UserError("申请 " + id + " 的办理记录中没有需要" + k.shortLabel() + "的步骤。该申请可出具："
                    + notices.entries(id).stream().map(e -> e.choice().type().kind().cliName()).distinct().collect(Collectors.joining("、"))
                    + "。");
        }
        NoticeService.Entry entry = pick(fitting, k);
        boolean wasIssued = entry.issued().isPresent();
        IssuedNotice n = entry.issued().orElseGet(() -> notices.issue(id, entry.choice()));
        NoticeFileType type = docx || out.toString().toLowerCase(Locale.ROOT).endsWith(".docx") ? NoticeFileType.DOCX : NoticeFileType.PDF;
        ctx.noticeFiles().write(n.text(), out, type);
        Commands.out(spec).println((wasIssued ? "已重印 " : "已出具 ") + n.type().label() + " " + n.number().text() + "（"
                + n.text().issuedOn() + "）：" + out);
        for (String gap : n.text().gaps()) {
            Commands.out(spec).println("注意：文中有" + gap + "，请补记后另行出具或手工填写。");
        }
    }

    /**
     * Several letters of one kind (two consultations): the latest step's. A split application's decision calls
     * for one reply per result its items have: --result says which, and is needed when they differ.
     */
    private NoticeService.Entry pick(List<NoticeService.Entry> fitting, NoticeKind k) {
        if (k == NoticeKind.REPLY && result != null) {
            return fitting.stream().filter(e -> e.choice().type().row().code().equals(result.trim())).reduce((a, b) -> b)
                    .orElseThrow(() -> new UserError("该申请没有结果为“" + result + "”的答复。可出具：" + rows(fitting) + "。"));
        }
        NoticeService.Entry latest = fitting.get(fitting.size() - 1);
        List<NoticeService.Entry> sameStep = fitting.stream()
                .filter(e -> java.util.Objects.equals(e.choice().eventId(), latest.choice().eventId())).toList();
        if (k == NoticeKind.REPLY && sameStep.size() > 1) {
            throw new UserError("该申请按一事一申请拆分，各项结果不同，须分别答复：请用 --result 指定 " + rows(sameStep) + "之一。");
        }
        return latest;
    }

    private static String rows(List<NoticeService.Entry> entries) {
        return entries.stream().map(e -> e.choice().type().row().code() + "（" + e.choice().type().row().fullLabel() + "）")
                .collect(Collectors.joining("、"));
    }
}
