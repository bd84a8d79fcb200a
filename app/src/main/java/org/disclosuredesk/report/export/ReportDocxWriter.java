// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import static org.disclosuredesk.report.export.OfficialDocx.bodyParagraph;
import static org.disclosuredesk.report.export.OfficialDocx.footers;
import static org.disclosuredesk.report.export.OfficialDocx.page;
import static org.disclosuredesk.report.export.OfficialDocx.run;
import static org.disclosuredesk.report.export.OfficialDocx.spacing;
import static org.disclosuredesk.report.export.OfficialDocx.twips;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The same report as a Word file, for offices that must hand in .docx: the GB/T 9704 page (A4, the same
 * margins, 22 lines of 三号), the faces named as Word knows them (宋体, 仿宋, 黑体, 楷体), the tables with
 * their merged cells, header rows repeated, rows kept whole and table 二's blocks kept together, page numbers 「— 1 —」 right on odd pages
 * and left on even ones.
 */
public final class ReportDocxWriter {

    private static final int TEXT_WIDTH_TWIPS = twips(210 - 28 - 26);

    public void write(Report report, Path target, BackgroundTask.Progress progress) {
        write(report, Optional.empty(), target, progress);
    }

    public void write(Report report, Optional<ReportSignature> signature, Path target, BackgroundTask.Progress progress) {
        AtomicFileWriter.write(target, out -> render(report, signature, out, progress));
        progress.update(3, 3, "已保存");
    }

    void render(Report report, OutputStream out, BackgroundTask.Progress progress) throws IOException {
        render(report, Optional.empty(), out, progress);
    }

    void render(Report report, Optional<ReportSignature> signature, OutputStream out, BackgroundTask.Progress progress)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            progress.update(0, 3, "排版正文");
            doc.getProperties().getCoreProperties().setTitle(report.title());
            doc.getProperties().getCoreProperties().setCreator(report.organName());
            doc.getProperties().getCoreProperties().setSubjectProperty("政府信息公开工作年度报告（" + report.format().notice() + "格式）");
            page(doc);
            OfficialDocxStyles.define(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            spacing(title, (int) (OfficialPage.TITLE_LEADING * 20), (int) (OfficialPage.BODY_LEADING * 20));
            run(title, report.organName(), ReportFonts.Role.TITLE, OfficialPage.TITLE_SIZE, true).addBreak();
            run(title, report.year() + "年政府信息公开工作年度报告", ReportFonts.Role.TITLE, OfficialPage.TITLE_SIZE, true);
            body(doc, "", ReportPdfWriter.preface(report));
            for (ReportSection section : report.format().sections()) {
                XWPFParagraph heading = bodyParagraph(doc);
                heading.setStyle(OfficialDocxStyles.HEADING_1);
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
            signature.ifPresent(sig -> signature(doc, sig));
            footers(doc);
            progress.update(2, 3, "写入文件");
            doc.write(out);
        }
    }

    /** A （一） heading is its own 标题 2 paragraph; text after it on the same line runs in (style separator). */
    private static void body(XWPFDocument doc, String heading, String text) {
        if (!heading.isEmpty()) {
            XWPFParagraph h = bodyParagraph(doc);
            h.setStyle(OfficialDocxStyles.HEADING_2);
            run(h, heading, ReportFonts.Role.SUBHEADING, OfficialPage.BODY_SIZE, false);
            if (text.isEmpty()) {
                return;
            }
            OfficialDocxStyles.runIn(h);
        }
        XWPFParagraph p = bodyParagraph(doc);
        p.setStyle(OfficialDocxStyles.NORMAL);
        if (!heading.isEmpty()) {
            p.setIndentationFirstLine(0); // continues the heading's line, already indented
        }
        run(p, text, ReportFonts.Role.BODY, OfficialPage.BODY_SIZE, false);
    }

    /** One blank line under the text, then the organ, then the date (GB/T 9704-2012, without a seal). */
    private static void signature(XWPFDocument doc, ReportSignature sig) {
        int oneChar = (int) (OfficialPage.BODY_SIZE * 20);
        double[] right = sig.rightIndents(ReportSignature.widthChars(sig.organ()), ReportSignature.widthChars(sig.dateText()));
        XWPFParagraph organ = doc.createParagraph();
        organ.setAlignment(ParagraphAlignment.RIGHT);
        organ.setIndentationRight((int) Math.round(right[0] * oneChar));
        spacing(organ, Math.round(OfficialPage.BODY_LEADING * 20), 0);
        spacingBefore(organ, Math.round(OfficialPage.BODY_LEADING * 20));
        keepWithNext(organ);
        run(organ, sig.organ(), ReportFonts.Role.BODY, OfficialPage.BODY_SIZE, false);
        XWPFParagraph date = doc.createParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        date.setIndentationRight((int) Math.round(right[1] * oneChar));
        spacing(date, Math.round(OfficialPage.BODY_LEADING * 20), 0);
        run(date, sig.dateText(), ReportFonts.Role.BODY, OfficialPage.BODY_SIZE, false);
    }

    private static void spacingBefore(XWPFParagraph p, int twips) {
        p.getCTP().getPPr().getSpacing().setBefore(BigInteger.valueOf(twips));
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
}
