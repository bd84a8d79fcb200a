// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * The GB/T 9704 page every official PDF of the app shares (the annual report, the 告知书): A4 with the
 * 公文 margins, 三号 body on 22 lines, page numbers 「— 1 —」 outside, metadata in Chinese.
 */
public final class OfficialPdf {

    private OfficialPdf() {
    }

    /** A4 with the 公文 margins; pages are kept open so the page numbers can be written at the end. */
    public static Document document(PdfDocument pdf) {
        Document doc = new Document(pdf, PageSize.A4, false);
        doc.setMargins(OfficialPage.TOP, OfficialPage.RIGHT, OfficialPage.BOTTOM, OfficialPage.LEFT);
        return doc;
    }

    public static void metadata(PdfDocument pdf, String title, String author, String subject, String keywords) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setCreator("政务公开工作台 Disclosure Desk");
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    /** 三号, 22 lines a page, first line indented two characters, justified. */
    public static Paragraph bodyParagraph() {
        return new Paragraph().setFontSize(OfficialPage.BODY_SIZE).setFixedLeading(OfficialPage.BODY_LEADING)
                .setFirstLineIndent(2 * OfficialPage.BODY_SIZE).setMargin(0)
                .setTextAlignment(TextAlignment.JUSTIFIED).setSplitCharacters(new CjkSplitCharacters());
    }

    /** 「— 1 —」 in 四号, right on odd pages and left on even pages, one character in, 7 mm below the text. */
    public static void pageNumbers(Document doc, PdfDocument pdf, DocumentFonts f) {
        int pages = pdf.getNumberOfPages();
        float pageWidth = PageSize.A4.getWidth();
        float y = OfficialPage.BOTTOM - OfficialPage.PAGE_NUMBER_GAP;
        for (int i = 1; i <= pages; i++) {
            Paragraph p = new Paragraph().setFontSize(OfficialPage.PAGE_NUMBER_SIZE).setMargin(0);
            f.text("— " + i + " —", ReportFonts.Role.BODY).forEach(p::add);
            boolean odd = i % 2 == 1;
            float x = odd ? pageWidth - OfficialPage.RIGHT - OfficialPage.PAGE_NUMBER_SIZE : OfficialPage.LEFT + OfficialPage.PAGE_NUMBER_SIZE;
            doc.showTextAligned(p, x, y, i, odd ? TextAlignment.RIGHT : TextAlignment.LEFT, VerticalAlignment.TOP, 0);
        }
    }
}
