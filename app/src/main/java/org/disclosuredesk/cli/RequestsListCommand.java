// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "按登记号顺序列出某年度登记的申请，含计算出的答复期限、状态和办理结果。")
final class RequestsListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "登记年度")
    int year;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    /** One request as the command line prints it; personal ID numbers are masked as in the window's list. */
    record Item(String reg_number, String applicant_kind, String applicant_name, String id_number, String channel,
            LocalDate submitted_on, LocalDate received_on, String content, LocalDate due_on, boolean due_provisional,
            String due_explanation, String status, String result_code, String result_label, LocalDate decided_on) {

        static Item of(RequestView v) {
            Request r = v.request();
            return new Item(r.number().text(), r.applicant().kind().label(), r.applicant().name(), r.applicant().maskedIdNumber(),
                    r.intake().channel().label(), r.intake().submittedOn(), r.receivedOn(), r.intake().content(),
                    v.deadline().dueOn(), v.deadline().isProvisional(), v.deadline().explanation(), v.status().label(),
                    r.result() == null ? null : r.result().code(), r.result() == null ? null : r.result().fullLabel(), r.decidedOn());
        }
    }

    @Override
    public void run() {
        List<RequestView> views = Commands.context(spec).requests().ledger(year);
        if (json) {
            Commands.printJson(spec, views.stream().map(Item::of).collect(Collectors.toList()));
            return;
        }
        for (RequestView v : views) {
            Request r = v.request();
            Commands.out(spec).println(String.join("\t", r.number().text(), v.status().label(),
                    v.deadline().shortText(), r.applicant().name(),
                    r.result() == null ? "" : r.result().fullLabel(), r.intake().content()));
        }
        Commands.out(spec).println("共 " + views.size() + " 件");
    }
}
