// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The GB/T 9704 page in Word, shared by every .docx the app writes (the annual report, the 告知书): A4 with
 * the 公文 margins, 22 lines of 三号, the faces named as Word knows them (宋体, 仿宋, 黑体, 楷体), page numbers
 * 「— 1 —」 right on odd pages and left on even ones.
 */
public final class OfficialDocx {

    private static final String LATIN = "Times New Roman";

    private OfficialDocx() {
    }

    public static void page(XWPFDocument doc) {
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

    public static int twips(int mm) {
        return Math.round(mm * 1440 / 25.4f);
    }

    /** 三号, exactly 1/22 of the text block, first line indented two characters, justified. */
    public static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine((int) (2 * OfficialPage.BODY_SIZE * 20));
        spacing(p, Math.round(OfficialPage.BODY_LEADING * 20), 0);
        return p;
    }

    public static void spacing(XWPFParagraph p, int lineTwips, int afterTwips) {
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing s = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        s.setLine(BigInteger.valueOf(lineTwips));
        s.setLineRule(STLineSpacingRule.EXACT);
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.valueOf(afterTwips));
    }

    public static XWPFRun run(XWPFParagraph p, String text, ReportFonts.Role role, float size, boolean bold) {
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

    /** 「— PAGE —」, 四号: right-aligned on odd pages, left-aligned on even pages, one character in. */
    public static void footers(XWPFDocument doc) {
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
