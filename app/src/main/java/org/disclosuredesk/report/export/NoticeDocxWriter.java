// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.disclosuredesk.requests.notices.Placeholder;
import org.disclosuredesk.requests.notices.RenderedNotice;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/** The same notice as a Word file, on the report's GB/T 9704 page, for offices that stamp and send .docx. */
public final class NoticeDocxWriter {

    private static final int LINE = Math.round(OfficialPage.BODY_LEADING * 20);

    public void write(RenderedNotice notice, Path target) {
        AtomicFileWriter.write(target, out -> render(notice, out));
    }

    void render(RenderedNotice n, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(n.title() + " " + n.number());
            doc.getProperties().getCoreProperties().setCreator(n.organName());
            OfficialDocx.page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            OfficialDocx.spacing(title, (int) (OfficialPage.TITLE_LEADING * 20), LINE / 2);
            OfficialDocx.run(title, n.organName(), ReportFonts.Role.TITLE, OfficialPage.TITLE_SIZE, true).addBreak();
            OfficialDocx.run(title, n.title(), ReportFonts.Role.TITLE, OfficialPage.TITLE_SIZE, true);
            XWPFParagraph number = line(doc, n.number(), ParagraphAlignment.RIGHT);
            OfficialDocx.spacing(number, LINE, LINE);
            line(doc, n.addressee() + "：", ParagraphAlignment.LEFT);
            for (String text : n.paragraphs()) {
                OfficialDocx.run(OfficialDocx.bodyParagraph(doc), text, ReportFonts.Role.BODY, OfficialPage.BODY_SIZE, false);
            }
            XWPFParagraph organ = line(doc, n.organName(), ParagraphAlignment.RIGHT);
            OfficialDocx.spacing(organ, LINE, 0);
            organ.setSpacingBefore(2 * LINE);
            organ.setIndentationRight((int) (2 * OfficialPage.BODY_SIZE * 20));
            organ.setKeepNext(true);
            XWPFParagraph date = line(doc, Placeholder.date(n.issuedOn()), ParagraphAlignment.RIGHT);
            date.setIndentationRight((int) (2 * OfficialPage.BODY_SIZE * 20));
            doc.write(out);
        }
    }

    private static XWPFParagraph line(XWPFDocument doc, String text, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        OfficialDocx.spacing(p, LINE, 0);
        OfficialDocx.run(p, text, ReportFonts.Role.BODY, OfficialPage.BODY_SIZE, false);
        return p;
    }
}
