// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A written PDF read back as positioned text: each drawn run with its page, face, size, render mode and
 * box (PDF points, origin bottom left), so tests can check the page the way a reader sees it.
 */
final class PdfLayout {

    /** One run of text as drawn. {@code font} is the face's PostScript name without the subset tag. */
    record Run(int page, String text, String font, float size, int renderMode, float left, float right, float baseline, float top) {
    }

    final List<Rectangle> pages = new ArrayList<>();
    final List<Run> runs = new ArrayList<>();

    static PdfLayout read(Path pdf) throws IOException {
        PdfLayout layout = new PdfLayout();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                layout.pages.add(doc.getPage(i).getMediaBox());
                int page = i;
                new PdfCanvasProcessor(new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        if (type == EventType.RENDER_TEXT) {
                            layout.add(page, (TextRenderInfo) data);
                        }
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                }).processPageContent(doc.getPage(i));
            }
        }
        return layout;
    }

    private void add(int page, TextRenderInfo info) {
        String text = info.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        String name = info.getFont().getFontProgram().getFontNames().getFontName();
        name = name.replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("-Identity-H$", "");
        Vector start = info.getBaseline().getStartPoint();
        Vector end = info.getBaseline().getEndPoint();
        Vector ascent = info.getAscentLine().getStartPoint();
        // The size as drawn: the font size scaled by the text matrix (iText draws with a unit matrix).
        float size = info.getFontSize() * info.getTextMatrix().get(0);
        runs.add(new Run(page, text, name, size, info.getTextRenderMode(), start.get(Vector.I1), end.get(Vector.I1),
                start.get(Vector.I2), ascent.get(Vector.I2)));
    }

    int pageCount() {
        return pages.size();
    }

    List<Run> onPage(int page) {
        return runs.stream().filter(r -> r.page() == page).collect(Collectors.toList());
    }

    /** The page's text in drawing order, whitespace removed. */
    String text(int page) {
        return onPage(page).stream().map(Run::text).collect(Collectors.joining()).replaceAll("\\s+", "");
    }

    /** The first page whose text holds {@code words}, if any. */
    Optional<Integer> pageOf(String words) {
        for (int p = 1; p <= pageCount(); p++) {
            if (text(p).contains(words)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The runs that start {@code words} (runs may hold a line's worth of text, or one glyph). */
    List<Run> runsStarting(String words) {
        return runs.stream().filter(r -> r.text().strip().startsWith(words)).collect(Collectors.toList());
    }

    /** The lowest baseline on the page, page numbers aside (they sit below the text block). */
    float lowestBaseline(int page, float textBlockBottom) {
        return (float) onPage(page).stream().filter(r -> r.baseline() >= textBlockBottom - 12)
                .mapToDouble(Run::baseline).min().orElse(Double.NaN);
    }
}
