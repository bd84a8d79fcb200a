// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.shared.transfer.LedgerWorkbook;

/**
 * Writes a year's log to .xlsx with the column titles the importer reads, plus the derived due date,
 * its explanation and the status, through the kit's {@link LedgerWorkbook} (atomic, formatted to open
 * well in Excel and WPS): a crash never leaves the office's previous file half-written.
 */
// [impl->req~export.xlsx~1]
public final class RequestExporter {

    private static final List<LedgerWorkbook.Column> EXTRA = List.of(new LedgerWorkbook.Column("答复期限", 12),
            new LedgerWorkbook.Column("期限说明", 60), new LedgerWorkbook.Column("状态", 12));

    private RequestExporter() {
    }

    public static Path export(List<RequestView> views, String sheetName, Path target) {
        List<LedgerWorkbook.Column> columns = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            columns.add(new LedgerWorkbook.Column(f.label(), width(f)));
        }
        columns.addAll(EXTRA);
        LedgerWorkbook.write(target, sheetName, columns, sink -> {
            for (RequestView v : views) {
                Request q = v.request();
                Applicant a = q.applicant();
                sink.row(Arrays.asList(
                        q.number().text(), a.kind().label(), a.name(), a.idType() == null ? null : a.idType().label(), a.idNumber(),
                        a.phone(), a.address(), a.email(), q.intake().channel().label(), q.intake().submittedOn(), q.receivedOn(),
                        q.intake().content(), q.intake().formWanted(), q.result() == null ? null : q.result().fullLabel(), q.decidedOn(),
                        q.intake().notes(), v.deadline().dueOn(), v.deadline().explanation(), v.status().label()));
            }
        });
        return target;
    }

    private static int width(ImportField f) {
        switch (f) {
            case CONTENT:
                return 40;
            case ID_NUMBER:
            case ADDRESS:
            case RESULT:
                return 22;
            case APPLICANT_KIND:
            case APPLICANT_NAME:
            case EMAIL:
            case NOTES:
                return 18;
            default:
                return 14;
        }
    }
}
