// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.cli.CliApp;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.format.RequestTableRows;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 4: a decided request imported without its 答复日期 is carried over by table 三, and the check says so. */
class UndatedRepliesCheckTest {

    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private static ImportedRequest row(int n, String received, ResultRow result, String decided) {
        LocalDate on = LocalDate.parse(received);
        RequestIntake intake = new RequestIntake(new Applicant(ApplicantKind.NATURAL_PERSON, "申请人" + n, null, null, "13800000000", "某地址", null),
                RequestChannel.values()[0], on, on, "某文件" + n, null, null);
        return new ImportedRequest(n, intake, result, decided == null ? null : LocalDate.parse(decided));
    }

    // [utest->req~report.check.undated-replies~1]
    @Test
    void requests_decided_without_a_reply_date_are_named_as_carried_over() {
        Path file = dir.resolve("desk.db");
        List<Request> stored;
        try (AppContext ctx = new AppContext(Database.open(file), MARCH_2026)) {
            stored = ctx.requests().importRequests(List.of(
                    row(1, "2025-03-03", ResultRow.DISCLOSED, "2025-03-20"),
                    row(2, "2025-05-06", ResultRow.DISCLOSED, null),
                    row(3, "2025-12-22", null, null)));
            Report report = ctx.report().build(2025);

            List<Finding> undated = report.warnings().stream().filter(f -> f.rule().equals(UndatedRepliesCheck.RULE))
                    .collect(Collectors.toList());
            assertEquals(1, undated.size(), report.findings().toString());
            String message = undated.get(0).message();
            String undatedNumber = stored.get(1).number().text();
            assertTrue(message.contains(undatedNumber) && message.contains("答复日期未记录") && message.contains("结转下年度"), message);
            assertFalse(message.contains(stored.get(0).number().text()), "the dated decision is not named: " + message);
            assertFalse(message.contains(stored.get(2).number().text()), "an open request is carried over rightly: " + message);
            assertEquals(2, report.tables().requests(RequestTableRows.CARRIED_OUT, "TOTAL"), "what the warning explains");
            assertTrue(report.errors().stream().noneMatch(f -> f.rule().equals(UndatedRepliesCheck.RULE)), "a warning, not an error");
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), "--db", file.toString(), "report", "build", "--year", "2025");
        String said = out.toString() + err.toString();
        assertTrue(said.contains(stored.get(1).number().text()) && said.contains("答复日期未记录"), said);
    }

    @Test
    void no_warning_when_every_result_has_its_date() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("dated.db")), MARCH_2026)) {
            ctx.requests().importRequests(List.of(row(1, "2025-03-03", ResultRow.DISCLOSED, "2025-03-20")));
            assertTrue(ctx.report().build(2025).findings().stream().noneMatch(f -> f.rule().equals(UndatedRepliesCheck.RULE)));
        }
    }
}
