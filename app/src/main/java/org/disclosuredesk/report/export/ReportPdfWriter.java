// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.ReportGrid;
import org.disclosuredesk.report.format.ReportGrids;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.ReportTable;
import org.disclosuredesk.report.narrative.NarrativeParagraph;
import org.disclosuredesk.shared.BackgroundTask;

/**
 * The report as a PDF laid out like a published 公文 (GB/T 9704): title in bold Song 二号, body in
 * FangSong/Song 三号 on 22 lines a page, 一、 headings in Hei, （一） headings in Kai, the three tables with
 * the format's spans, page numbers 「— 1 —」. Fonts are embedded as subsets; title and author are set.
 * Written to a temporary file beside the target and moved into place.
 */
public final class ReportPdfWriter {

    private static final int STEPS = 5;
    private final ReportFonts fonts;

    public ReportPdfWriter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public void write(Report report, Path target, BackgroundTask.Progress progress) {
        AtomicFileTarget.write(target, out -> render(report, out, progress));
        progress.update(STEPS, STEPS, "已保存");
    }

    void render(Report report, OutputStream out, BackgroundTask.Progress progress) {
        progress.update(0, STEPS, "载入字体");
        DocumentFonts f = fonts.forDocument();
        PdfWriter writer = new PdfWriter(out, new WriterProperties().addXmpMetadata().setFullCompressionMode(true));
        PdfDocument pdf = new PdfDocument(writer);
        metadata(pdf, report);
        Document doc = new Document(pdf, PageSize.A4, false);
        doc.setMargins(OfficialPage.TOP, OfficialPage.RIGHT, OfficialPage.BOTTOM, OfficialPage.LEFT);
        progress.update(1, STEPS, "排版正文");
        title(doc, report, f);
        body(doc, preface(report), f);
        boolean afterTable = false;
        for (ReportSection section : report.format().sections()) {
            Paragraph heading = heading(section, f);
            if (afterTable) {
                // Half a line of air under a table, given to the heading below it: space after the table
                // would count against the table when it decides whether it fits at the foot of a page.
                heading.setMarginTop(OfficialPage.BODY_LEADING / 2);
            }
            afterTable = !section.isNarrative();
            if (section.isNarrative()) {
                doc.add(heading);
                for (NarrativeParagraph p : NarrativeParagraph.parse(report.narrative().text(section))) {
                    paragraph(doc, p, f);
                }
            } else {
                progress.update(2, STEPS, "排版" + section.title().substring(0, 2) + "表格");
                ReportGrid grid = ReportGrids.of(ReportTable.of(section).orElseThrow(), report.format(), report.tables()::value);
                // Heading and table move to the next page together rather than leave the heading alone.
                table(doc, heading, PdfTables.of(grid, f));
            }
        }
        progress.update(3, STEPS, "编排页码");
        pageNumbers(doc, pdf, f);
        progress.update(4, STEPS, "写入文件");
        doc.close();
    }

    private static void metadata(PdfDocument pdf, Report report) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(report.title());
        info.setAuthor(report.organName());
        info.setSubject("政府信息公开工作年度报告（" + report.format().notice() + "格式）");
        info.setKeywords("政府信息公开,年度报告," + report.year());
        info.setCreator("政务公开工作台 Disclosure Desk");
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    /** The title, broken after the organ's name when it does not fit one line, as published reports do. */
    private static void title(Document doc, Report report, DocumentFonts f) {
        title(doc, report.organName(), report.year() + "年政府信息公开工作年度报告", f);
    }

    private static void title(Document doc, String first, String rest, DocumentFonts f) {
        float width = doc.getPdfDocument().getDefaultPageSize().getWidth() - OfficialPage.LEFT - OfficialPage.RIGHT;
        String whole = first + rest;
        float needed = f.font(ReportFonts.Role.TITLE).getWidth(whole, OfficialPage.TITLE_SIZE);
        Paragraph p = new Paragraph().setTextAlignment(TextAlignment.CENTER).setFontSize(OfficialPage.TITLE_SIZE)
                .setFixedLeading(OfficialPage.TITLE_LEADING).setMarginTop(0).setMarginBottom(OfficialPage.BODY_LEADING)
                .setSplitCharacters(new CjkSplitCharacters());
        List<Text> runs = f.text(needed <= width ? whole : first + "\n" + rest, ReportFonts.Role.TITLE);
        if (f.simulatedBoldTitle()) {
            runs.forEach(Text::simulateBold);
        }
        runs.forEach(p::add);
        doc.add(p);
    }

    /**
     * Tables 二, 三 and 四 alone in the report's layout, under a title and a note: the county's summed
     * tables (全县汇总), which have no narrative of their own.
     */
    public void writeTables(String titleFirst, String titleRest, String note, ReportTables tables, Path target,
                            BackgroundTask.Progress progress) {
        AtomicFileTarget.write(target, out -> {
            progress.update(0, STEPS, "载入字体");
            DocumentFonts f = fonts.forDocument();
            PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata().setFullCompressionMode(true)));
            pdf.getDocumentInfo().setTitle(titleFirst + titleRest);
            pdf.getDocumentInfo().setCreator("政务公开工作台 Disclosure Desk");
            pdf.getCatalog().setLang(new PdfString("zh-CN"));
            Document doc = new Document(pdf, PageSize.A4, false);
            doc.setMargins(OfficialPage.TOP, OfficialPage.RIGHT, OfficialPage.BOTTOM, OfficialPage.LEFT);
            title(doc, titleFirst, titleRest, f);
            body(doc, note, f);
            progress.update(2, STEPS, "排版表格");
            for (ReportSection section : tables.format().sections()) {
                if (!section.isNarrative()) {
                    ReportGrid grid = ReportGrids.of(ReportTable.of(section).orElseThrow(), tables.format(), tables::value);
                    table(doc, heading(section, f), PdfTables.of(grid, f));
                }
            }
            pageNumbers(doc, pdf, f);
            doc.close();
        });
        progress.update(STEPS, STEPS, "已保存");
    }

    /** The standard opening: which rules the report follows and the period its figures cover. */
    static String preface(Report report) {
        int y = report.year();
        return "本报告根据《中华人民共和国政府信息公开条例》和《" + report.format().title() + "》（" + report.format().notice()
                + "）要求编制，所列数据的统计期限自" + y + "年1月1日起至" + y + "年12月31日止。";
    }

    /**
     * A table flows on after the text above it, as published reports do: it moves to the next page only
     * when its first part (a block of table 二, the header and first row of table 三, all of table 四)
     * does not fit, and its heading always goes with that first part.
     */
    private static void table(Document doc, Paragraph heading, List<Table> parts) {
        Table first = parts.get(0);
        if (Boolean.TRUE.equals(first.<Boolean>getProperty(Property.KEEP_TOGETHER))) {
            doc.add(new Div().add(heading).add(first).setKeepTogether(true));
        } else {
            doc.add(heading);
            doc.add(first);
        }
        for (Table part : parts.subList(1, parts.size())) {
            doc.add(part);
        }
    }

    private static Paragraph heading(ReportSection section, DocumentFonts f) {
        Paragraph p = bodyParagraph();
        f.text(section.title(), ReportFonts.Role.HEADING).forEach(p::add);
        return p.setKeepWithNext(true);
    }

    private static void paragraph(Document doc, NarrativeParagraph para, DocumentFonts f) {
        Paragraph p = bodyParagraph();
        if (para.hasHeading()) {
            f.text(para.heading(), ReportFonts.Role.SUBHEADING).forEach(p::add);
            if (para.body().isEmpty()) {
                p.setKeepWithNext(true);
            }
        }
        f.text(para.body(), ReportFonts.Role.BODY).forEach(p::add);
        doc.add(p);
    }

    private static void body(Document doc, String text, DocumentFonts f) {
        Paragraph p = bodyParagraph();
        f.text(text, ReportFonts.Role.BODY).forEach(p::add);
        doc.add(p);
    }

    /** 三号, 22 lines a page, first line indented two characters, justified. */
    private static Paragraph bodyParagraph() {
        return new Paragraph().setFontSize(OfficialPage.BODY_SIZE).setFixedLeading(OfficialPage.BODY_LEADING)
                .setFirstLineIndent(2 * OfficialPage.BODY_SIZE).setMargin(0)
                .setTextAlignment(TextAlignment.JUSTIFIED).setSplitCharacters(new CjkSplitCharacters());
    }

    private static void pageNumbers(Document doc, PdfDocument pdf, DocumentFonts f) {
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
