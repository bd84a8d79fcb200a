// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.nio.file.Path;
import org.disclosuredesk.requests.notices.NoticeFileType;
import org.disclosuredesk.requests.notices.NoticeFiles;
import org.disclosuredesk.requests.notices.RenderedNotice;

/** A notice as PDF or .docx on the report's official page (the request feature's {@link NoticeFiles}). */
public final class NoticeFileWriter implements NoticeFiles {

    private final NoticePdfWriter pdf;
    private final NoticeDocxWriter docx;

    public NoticeFileWriter(NoticePdfWriter pdf, NoticeDocxWriter docx) {
        this.pdf = pdf;
        this.docx = docx;
    }

    @Override
    public Path write(RenderedNotice notice, Path target, NoticeFileType type) {
        if (type == NoticeFileType.PDF) {
            pdf.write(notice, target);
        } else {
            docx.write(notice, target);
        }
        return target;
    }
}
