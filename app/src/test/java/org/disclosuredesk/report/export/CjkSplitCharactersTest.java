// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 禁则: closing punctuation never starts a line, opening punctuation never ends one. */
class CjkSplitCharactersTest {

    @Test
    void no_line_of_a_justified_paragraph_starts_with_closing_punctuation() throws Exception {
        DocumentFonts fonts = new ReportFonts(face -> Optional.empty()).forDocument();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(bytes)))) {
            for (int shift = 0; shift < 12; shift++) {
                // Shifting the text one character at a time puts each punctuation mark at every line position.
                Paragraph p = new Paragraph().setFontSize(16).setSplitCharacters(new CjkSplitCharacters());
                String text = "公".repeat(shift) + "本年度共收到申请五十八件，其中予以公开五十二件、部分公开三件；"
                        + "不予公开两件（属于国家秘密），无法提供一件。申请人主要关注《征收补偿方案》“三安全一稳定”等内容！"
                        + "办理是否及时？均在法定期限内答复：所有申请均已办结。";
                fonts.text(text.repeat(3), ReportFonts.Role.BODY).forEach(p::add);
                doc.add(p);
            }
        }
        List<String> lines;
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes.toByteArray())))) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= read.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(read.getPage(i), new LocationTextExtractionStrategy())).append('\n');
            }
            lines = sb.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
        }
        assertTrue(lines.size() > 50, "enough lines to try every position: " + lines.size());
        for (String line : lines) {
            assertFalse(CjkSplitCharacters.NO_BREAK_BEFORE.indexOf(line.charAt(0)) >= 0, "line starts with punctuation: " + line);
            assertFalse(CjkSplitCharacters.NO_BREAK_AFTER.indexOf(line.charAt(line.length() - 1)) >= 0, "line ends with opening: " + line);
        }
    }
}
