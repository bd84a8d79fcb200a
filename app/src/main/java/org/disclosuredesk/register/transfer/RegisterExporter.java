// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.LedgerWorkbook;

/**
 * Writes any view of the register to .xlsx through the kit's {@link LedgerWorkbook} (streamed, atomic,
 * formatted to open well in Excel and WPS), so the office's previous export survives a crash or a full
 * disk. The headings are the import's, so an exported register imports again.
 */
public final class RegisterExporter {

    private static final List<LedgerWorkbook.Column> EXTRA = List.of(new LedgerWorkbook.Column("公开时限", 12),
            new LedgerWorkbook.Column("标记", 20), new LedgerWorkbook.Column("附件数", 8));

    private final RegisterService register;

    public RegisterExporter(RegisterService register) {
        this.register = register;
    }

    /** Returns the number of rows written. */
    // [impl->req~register.export~1]
    public int export(RegisterQuery query, Path target, BackgroundTask.Progress progress) {
        int total = register.count(query);
        List<LedgerWorkbook.Column> columns = new ArrayList<>();
        for (RegisterColumn c : RegisterColumn.values()) {
            columns.add(new LedgerWorkbook.Column(c.heading(), width(c)));
        }
        columns.addAll(EXTRA);
        return LedgerWorkbook.write(target, "主动公开台账", columns, sink -> {
            int[] n = {0};
            register.forEach(query, e -> {
                if (progress.isCancelled()) {
                    throw new UserError("已取消导出，原有文件没有改动。");
                }
                sink.row(values(e));
                if (++n[0] % 1000 == 0) {
                    progress.update(n[0], total, "已写出 " + n[0] + " 行");
                }
            });
            progress.update(n[0], total, "已写出 " + n[0] + " 行");
        });
    }

    private static int width(RegisterColumn c) {
        switch (c) {
            case TITLE:
                return 60;
            case INDEX_NUMBER:
                return 32;
            case DOC_NUMBER:
            case ISSUING_ORGAN:
                return 24;
            case CATEGORY:
            case INTERPRETATION_TITLE:
            case NON_DISCLOSURE_REASON:
                return 30;
            case CHANNELS:
                return 20;
            default:
                return 12;
        }
    }

    private static List<Object> values(RegisterEntry e) {
        DocumentDraft d = e.document();
        return Arrays.asList(d.indexNumber(), d.docNumber(), d.title(), d.issuingOrgan(), d.writtenOn(), d.publishedOn(),
                d.attribute().label(), d.nonDisclosureReason(),
                d.channels().stream().map(PublicationChannel::label).collect(Collectors.joining("、")),
                d.category(), d.docType().label(), d.validity().label(), d.validityChangedOn(), d.interpretationTitle(),
                d.interpretationPublishedOn(), d.secrecyReviewer(), d.secrecyReviewedOn(),
                d.secrecyResult() == null ? null : d.secrecyResult().label(), e.publishDueOn(),
                String.join("；", e.flags().labels()), e.attachmentCount());
    }
}
