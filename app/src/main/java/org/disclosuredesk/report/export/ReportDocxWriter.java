// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.format.GridCell;
import org.disclosuredesk.report.format.ReportGrid;
import org.disclosuredesk.report.format.ReportGrids;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.ReportTable;
import org.disclosuredesk.report.narrative.NarrativeParagraph;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.files.AtomicFileWriter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The same report as a Word file, for offices that must hand in .docx: the GB/T 9704 page (A4, the same
 * margins, 22 lines of 三号), the faces named as Word knows them (宋体, 仿宋, 黑体, 楷体), the tables with
 * their merged cells, header rows repeated, rows kept whole and table 二's blocks kept together, page numbers 「— 1 —」 right on odd pages
 * and left on even ones.
 */
public final class ReportDocxWriter {

    private static final int TEXT_WIDTH_TWIPS = twips(210 - 28 - 26);
    private static final String LATIN = "Times New Roman";

    public void write(Report report, Path target, BackgroundTask.Progress progress) {
        AtomicFileWriter.write(target, out -> render(report, out, progress));
        progress.update(3, 3, "已保存");
    }

    void render(Report report, OutputStream out, BackgroundTask.Progress progress) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            progress.update(0, 3, "排版正文");
            doc.getProperties().getCoreProperties().setTitle(report.title());
            doc.getProperties().getCoreProperties().setCreator(report.organName());
            doc.getProperties().getCoreProperties().setSubjectProperty("政府信息公开工作年度报告（" + report.format().notice() + "格式）");
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            spacing(title, (int) (OfficialPage.TITLE_LEADING * 20), (int) (OfficialPage.BODY_LEADING * 20));
            run(title, report.organName(), ReportFonts.Role.TITLE, OfficialPage.TITLE_SIZE, true).addBreak();
            run(title, report.year() + "年政府信息公开工作年度报告", ReportFonts.Role.TITLE, OfficialPage.TITLE_SIZE, true);
            body(doc, "", ReportPdfWriter.preface(report));
            for (ReportSection section : report.format().sections()) {
                XWPFParagraph heading = bodyParagraph(doc);
                heading.setKeepNext(true);
                run(heading, section.title(), ReportFonts.Role.HEADING, OfficialPage.BODY_SIZE, false);
                if (section.isNarrative()) {
                    for (NarrativeParagraph p : NarrativeParagraph.parse(report.narrative().text(section))) {
                        body(doc, p.heading(), p.body());
                    }
                } else {
                    progress.update(1, 3, "排版" + section.title().substring(0, 2) + "表格");
                    table(doc, ReportGrids.of(ReportTable.of(section).orElseThrow(), report.format(), report.tables()::value));
                }
            }
            footers(doc);
            progress.update(2, 3, "写入文件");
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(twips(37)));
        m.setBottom(BigInteger.valueOf(twips(35)));
        m.setLeft(BigInteger.valueOf(twips(28)));
        m.setRight(BigInteger.valueOf(twips(26)));
        m.setHeader(BigInteger.valueOf(twips(15)));
        // Page number line 7 mm below the text block: its foot about 23 mm above the page's edge.
        m.setFooter(BigInteger.valueOf(twips(23)));
    }

    private static int twips(int mm) {
        return Math.round(mm * 1440 / 25.4f);
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine((int) (2 * OfficialPage.BODY_SIZE * 20));
        spacing(p, Math.round(OfficialPage.BODY_LEADING * 20), 0);
        return p;
    }

    private static void body(XWPFDocument doc, String heading, String text) {
        XWPFParagraph p = bodyParagraph(doc);
        if (!heading.isEmpty()) {
            run(p, heading, ReportFonts.Role.SUBHEADING, OfficialPage.BODY_SIZE, false);
        }
        if (!text.isEmpty()) {
            run(p, text, ReportFonts.Role.BODY, OfficialPage.BODY_SIZE, false);
        }
    }

    private static void spacing(XWPFParagraph p, int lineTwips, int afterTwips) {
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing s = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        s.setLine(BigInteger.valueOf(lineTwips));
        s.setLineRule(STLineSpacingRule.EXACT);
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.valueOf(afterTwips));
    }

    private static XWPFRun run(XWPFParagraph p, String text, ReportFonts.Role role, float size, boolean bold) {
        XWPFRun r = p.createRun();
        if (!text.isEmpty()) {
            r.setText(text);
        }
        r.setFontSize(size);
        r.setBold(bold);
        CTRPr rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        fonts.setEastAsia(role.wordFace());
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        return r;
    }

    /** The grid's spans as Word merges: gridSpan across, vMerge restart/continue down. */
    private static void table(XWPFDocument doc, ReportGrid grid) {
        XWPFTable t = doc.createTable(grid.rows(), grid.columns());
        t.setWidth("100%");
        float total = 0;
        for (float w : grid.widths()) {
            total += w;
        }
        CTTblGrid cols = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        for (int c = 0; c < grid.columns(); c++) {
            long width = Math.round(TEXT_WIDTH_TWIPS * grid.widths().get(c) / total);
            if (c < cols.sizeOfGridColArray()) {
                cols.getGridColArray(c).setW(BigInteger.valueOf(width));
            } else {
                cols.addNewGridCol().setW(BigInteger.valueOf(width));
            }
        }
        float size = grid.table() == ReportTable.ACTIVE_DISCLOSURE ? OfficialPage.TABLE_SIZE : OfficialPage.DENSE_TABLE_SIZE;
        boolean[][] removed = new boolean[grid.rows()][grid.columns()];
        for (GridCell g : grid.cells()) {
            for (int r = g.row(); r < g.row() + g.rowSpan(); r++) {
                XWPFTableCell cell = t.getRow(r).getCell(g.column());
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (g.colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(g.colSpan()));
                }
                if (g.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(r == g.row() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                for (int c = g.column() + 1; c < g.column() + g.colSpan(); c++) {
                    removed[r][c] = true;
                }
            }
            XWPFParagraph p = t.getRow(g.row()).getCell(g.column()).getParagraphs().get(0);
            boolean left = g.role() == GridCell.Role.LABEL || g.role() == GridCell.Role.BLOCK_TITLE
                    || g.rowSpan() == 3 && g.colSpan() == 3;
            p.setAlignment(left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            boolean header = g.role() == GridCell.Role.HEADER || g.role() == GridCell.Role.BLOCK_TITLE;
            run(p, g.text(), header && !(g.rowSpan() == 3 && g.colSpan() == 3) ? ReportFonts.Role.HEADING : ReportFonts.Role.BODY,
                    size, false);
        }
        Set<Integer> blockStarts = new HashSet<>(grid.blockStarts());
        for (int r = 0; r < grid.rows(); r++) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            row.setRepeatHeader(r < grid.headerRows());
            // Word keeps a row with the next one when its paragraphs keep with next: a block of table 二 stays
            // whole, and a header never ends a page without a row under it — as in the PDF.
            boolean inBlock = !blockStarts.isEmpty() && r + 1 < grid.rows() && !blockStarts.contains(r + 1);
            if (inBlock || r < grid.headerRows()) {
                row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(ReportDocxWriter::keepWithNext));
            }
            List<Integer> gone = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                if (removed[r][c]) {
                    gone.add(c);
                }
            }
            for (int i = gone.size() - 1; i >= 0; i--) {
                row.removeCell(gone.get(i));
            }
        }
        doc.createParagraph();
    }

    private static void keepWithNext(XWPFParagraph p) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr(); // POI's setKeepNext needs the paragraph properties to exist
        }
        p.setKeepNext(true);
    }

    /** 「— PAGE —」, 四号: right-aligned on odd pages, left-aligned on even pages, one character in. */
    private static void footers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void footer(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        int oneChar = (int) (OfficialPage.PAGE_NUMBER_SIZE * 20);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        run(p, "— ", ReportFonts.Role.BODY, OfficialPage.PAGE_NUMBER_SIZE, false);
        XWPFRun begin = run(p, "", ReportFonts.Role.BODY, OfficialPage.PAGE_NUMBER_SIZE, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", ReportFonts.Role.BODY, OfficialPage.PAGE_NUMBER_SIZE, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = run(p, "", ReportFonts.Role.BODY, OfficialPage.PAGE_NUMBER_SIZE, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", ReportFonts.Role.BODY, OfficialPage.PAGE_NUMBER_SIZE, false);
        XWPFRun end = run(p, "", ReportFonts.Role.BODY, OfficialPage.PAGE_NUMBER_SIZE, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", ReportFonts.Role.BODY, OfficialPage.PAGE_NUMBER_SIZE, false);
    }
}
