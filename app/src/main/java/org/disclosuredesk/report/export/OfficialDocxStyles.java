// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own paragraph styles in the report's styles part, so the navigation pane and an inserted table
 * of contents work in Word and WPS (issue 13): 正文 (Normal, 仿宋 三号), 标题 1 (Heading1, 黑体, outline level
 * 0) for the 一、 sections and 标题 2 (Heading2, 楷体, outline level 1) for the （一） headings — the faces the
 * PDF uses. The style names are Word's built-in ones ("heading 1"), which Word and WPS show as 标题 1 on a
 * Chinese system and treat as headings; the Chinese names are given as aliases for other programs.
 */
public final class OfficialDocxStyles {

    public static final String NORMAL = "Normal";
    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";

    private OfficialDocxStyles() {
    }

    public static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(
                style(NORMAL, "Normal", "正文", null, ReportFonts.Role.BODY), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(
                style(HEADING_1, "heading 1", "标题 1", 0, ReportFonts.Role.HEADING), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(
                style(HEADING_2, "heading 2", "标题 2", 1, ReportFonts.Role.SUBHEADING), styles));
    }

    /**
     * Word's style separator: the heading paragraph's mark is hidden, so the body paragraph after it goes on
     * the same line as in the PDF (「（一）主动公开。本年度…」) while only the heading shows in the navigation pane.
     */
    public static void runIn(XWPFParagraph heading) {
        var pPr = heading.getCTP().isSetPPr() ? heading.getCTP().getPPr() : heading.getCTP().addNewPPr();
        var mark = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
        mark.addNewVanish();
        mark.addNewSpecVanish();
    }

    private static CTStyle style(String id, String name, String alias, Integer outlineLevel, ReportFonts.Role role) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewAliases().setVal(alias);
        if (NORMAL.equals(id)) {
            s.setDefault(Boolean.TRUE);
        } else {
            s.addNewBasedOn().setVal(NORMAL);
            s.addNewNext().setVal(NORMAL);
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        s.addNewQFormat();
        CTPPrGeneral pPr = s.addNewPPr();
        if (outlineLevel != null) {
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            pPr.addNewKeepNext();
        }
        CTRPr rPr = s.addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setEastAsia(role.wordFace());
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        rPr.addNewSz().setVal(BigInteger.valueOf(Math.round(OfficialPage.BODY_SIZE * 2)));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(OfficialPage.BODY_SIZE * 2)));
        return s;
    }
}
