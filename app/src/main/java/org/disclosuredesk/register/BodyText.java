// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosuredesk.shared.text.TextDecoding;

/**
 * The searchable text of an attached file: .docx through POI, .pdf through iText's text extraction,
 * .txt as UTF-8 or, failing that, GB18030 (what Chinese Windows Notepad long wrote). Other files are
 * kept but not searched. A file whose text cannot be read is not an error: it is stored without text.
 */
public final class BodyText {

    /** Enough for any 公文; a scanned annex of hundreds of pages would only bloat the index. */
    public static final int MAX_CHARS = 200_000;

    private BodyText() {
    }

    public static boolean isSearchable(String fileName) {
        String ext = extension(fileName);
        return ext.equals("txt") || ext.equals("docx") || ext.equals("pdf");
    }

    public static String extract(Path file) {
        try {
            String text;
            switch (extension(file.getFileName().toString())) {
                case "txt":
                    text = TextDecoding.decodeText(Files.readAllBytes(file));
                    break;
                case "docx":
                    text = docx(file);
                    break;
                case "pdf":
                    text = pdf(file);
                    break;
                default:
                    return "";
            }
            String clean = text.replace('\u0000', ' ').strip();
            return clean.length() > MAX_CHARS ? clean.substring(0, MAX_CHARS) : clean;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String pdf(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int p = 1; p <= pdf.getNumberOfPages() && sb.length() < MAX_CHARS; p++) {
                sb.append(PdfTextExtractor.getTextFromPage(pdf.getPage(p))).append('\n');
            }
        }
        return sb.toString();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
