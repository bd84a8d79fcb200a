// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.nio.file.Path;
import org.disclosuredesk.report.export.ReportFileType;

/** Writes an issued notice (or a preview) as PDF or .docx, atomically, from its stored text. */
public final class NoticeExporter {

    private final NoticePdfWriter pdf;
    private final NoticeDocxWriter docx;

    public NoticeExporter(NoticePdfWriter pdf, NoticeDocxWriter docx) {
        this.pdf = pdf;
        this.docx = docx;
    }

    public Path export(RenderedNotice notice, Path target, ReportFileType type) {
        if (type == ReportFileType.PDF) {
            pdf.write(notice, target);
        } else {
            docx.write(notice, target);
        }
        return target;
    }

    /** A file name a clerk recognises: 补正告知书-X政公开补〔2025〕第3号-张三.pdf, without characters Windows refuses. */
    public static String fileName(IssuedNotice n, ReportFileType type) {
        String name = n.type().kind().shortLabel() + "-" + n.number().text() + "-" + n.text().addressee();
        return name.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + type.extension();
    }
}
