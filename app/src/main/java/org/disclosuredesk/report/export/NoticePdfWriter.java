// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.disclosuredesk.requests.notices.Placeholder;
import org.disclosuredesk.requests.notices.RenderedNotice;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/**
 * A notice as a PDF on the report's GB/T 9704 page and fonts: the organ and the title centred in bold
 * Song 二号, the number under it on the right, the addressee flush left, the body in 三号 with a two-character
 * indent, then the seal line — the organ's name, and the date under it — right-aligned with room for the seal.
 */
public final class NoticePdfWriter {

    /** The tightest spacing used to keep a notice on one page: about 25 lines instead of 22. */
    private static final float TIGHTER = 0.88f;

    private final ReportFonts fonts;

    public NoticePdfWriter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * GB/T 9704 (7.3.5.1): when the seal line would not fit under the text, the line spacing is tightened
     * rather than leaving the seal alone on a page; a notice that still needs two pages keeps its standard
     * 22 lines.
     */
    public void write(RenderedNotice notice, Path target) {
        ByteArrayOutputStream standard = new ByteArrayOutputStream();
        int pages = render(notice, standard, OfficialPage.BODY_LEADING);
        byte[] chosen = standard.toByteArray();
        if (pages == 2) {
            ByteArrayOutputStream tight = new ByteArrayOutputStream();
            if (render(notice, tight, OfficialPage.BODY_LEADING * TIGHTER) == 1) {
                chosen = tight.toByteArray();
            }
        }
        byte[] bytes = chosen;
        AtomicFileWriter.write(target, out -> out.write(bytes));
    }

    /** Lays the notice out with {@code leading} between body lines; returns the number of pages. */
    int render(RenderedNotice n, OutputStream out, float leading) {
        DocumentFonts f = fonts.forDocument();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata().setFullCompressionMode(true)));
        OfficialPdf.metadata(pdf, n.title() + " " + n.number(), n.organName(), n.title(), "政府信息公开," + n.title());
        Document doc = OfficialPdf.document(pdf);
        title(doc, n, f);
        Paragraph number = line(n.number(), f, leading).setTextAlignment(TextAlignment.RIGHT).setMarginBottom(leading);
        doc.add(number);
        doc.add(line(n.addressee() + "：", f, leading));
        List<Paragraph> body = new ArrayList<>();
        for (String text : n.paragraphs()) {
            Paragraph p = OfficialPdf.bodyParagraph().setFixedLeading(leading);
            f.text(text, ReportFonts.Role.BODY).forEach(p::add);
            body.add(p);
        }
        body.subList(0, Math.max(0, body.size() - 1)).forEach(doc::add);
        // 落款 (GB/T 9704 7.3.5): a line of room for the seal, the organ's name two characters in from the right,
        // the date under it; never alone on a page, so the last paragraph goes with it.
        Div closing = new Div().setKeepTogether(true);
        if (!body.isEmpty()) {
            closing.add(body.get(body.size() - 1));
        }
        closing.add(line(n.organName(), f, leading).setTextAlignment(TextAlignment.RIGHT).setMarginTop(leading)
                .setPaddingRight(2 * OfficialPage.BODY_SIZE));
        closing.add(line(Placeholder.date(n.issuedOn()), f, leading).setTextAlignment(TextAlignment.RIGHT)
                .setPaddingRight(2 * OfficialPage.BODY_SIZE));
        doc.add(closing);
        int pages = pdf.getNumberOfPages();
        if (pages > 1) {
            OfficialPdf.pageNumbers(doc, pdf, f);
        }
        doc.close();
        return pages;
    }

    /** The organ on one line and the notice's title on the next, as the office's letterhead notices read. */
    private static void title(Document doc, RenderedNotice n, DocumentFonts f) {
        Paragraph p = new Paragraph().setTextAlignment(TextAlignment.CENTER).setFontSize(OfficialPage.TITLE_SIZE)
                .setFixedLeading(OfficialPage.TITLE_LEADING).setMargin(0).setMarginBottom(OfficialPage.BODY_LEADING / 2)
                .setSplitCharacters(new CjkSplitCharacters());
        List<Text> runs = f.text(n.organName() + "\n" + n.title(), ReportFonts.Role.TITLE);
        if (f.simulatedBoldTitle()) {
            runs.forEach(Text::simulateBold);
        }
        runs.forEach(p::add);
        doc.add(p);
    }

    private static Paragraph line(String text, DocumentFonts f, float leading) {
        Paragraph p = new Paragraph().setFontSize(OfficialPage.BODY_SIZE).setFixedLeading(leading).setMargin(0)
                .setSplitCharacters(new CjkSplitCharacters());
        f.text(text, ReportFonts.Role.BODY).forEach(p::add);
        return p;
    }
}
