// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one PDF, and text set in them. A character the role's face lacks (the GB2312 title and Kai
 * faces have no 鄠) is drawn with the body face, which has every unified ideograph: a lighter glyph beats
 * a gap, and the text still extracts.
 */
public final class DocumentFonts {

    private final Map<ReportFonts.Role, PdfFont> fonts;
    private final boolean simulatedBoldTitle;

    DocumentFonts(Map<ReportFonts.Role, PdfFont> fonts, boolean simulatedBoldTitle) {
        this.fonts = Map.copyOf(fonts);
        this.simulatedBoldTitle = simulatedBoldTitle;
    }

    public PdfFont font(ReportFonts.Role role) {
        return fonts.get(role);
    }

    public boolean simulatedBoldTitle() {
        return simulatedBoldTitle;
    }

    /** {@code text} in the role's face, in runs, falling back to the body face glyph by glyph. */
    public List<Text> text(String text, ReportFonts.Role role) {
        PdfFont primary = fonts.get(role);
        PdfFont fallback = fonts.get(ReportFonts.Role.BODY);
        List<Text> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PdfFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PdfFont f = primary.containsGlyph(cp) || Character.isWhitespace(cp) || !fallback.containsGlyph(cp) ? primary : fallback;
            if (f != current && run.length() > 0) {
                runs.add(new Text(run.toString()).setFont(current));
                run.setLength(0);
            }
            current = f;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            runs.add(new Text(run.toString()).setFont(current));
        }
        return runs;
    }
}
