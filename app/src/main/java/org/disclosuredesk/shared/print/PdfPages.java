// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosuredesk.shared.ArchitectureException;
import org.disclosuredesk.shared.UserError;

/**
 * The pages of a PDF the app wrote, drawn as pixels for the print preview and the printer: what is printed
 * is the very file that is exported, not a second layout of it. PDFBox draws into an AWT image; the pixels
 * are copied out here, so no AWT type leaves this class (docs/decisions/0011).
 */
@ArchitectureException("PDFBox renders a page only into a java.awt BufferedImage; this class copies the pixels out as int[] "
        + "so the AWT type stays here (docs/decisions/0012-print-from-the-pdf.md)")
public final class PdfPages {

    /** The screen's own resolution: a page at 100 % is the page's real size. */
    public static final float PREVIEW_DPI = 96f;
    /** Sharp on a laser printer; an A4 page is about 16 MB of pixels, drawn one at a time. */
    public static final float PRINT_DPI = 200f;

    private final byte[] pdf;
    private final int count;

    public PdfPages(byte[] pdf) {
        this.pdf = pdf.clone();
        try (PDDocument doc = Loader.loadPDF(this.pdf)) {
            this.count = doc.getNumberOfPages();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    public int count() {
        return count;
    }

    /** Every page at {@code dpi}. */
    public List<PageImage> render(float dpi) {
        List<PageImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(page(doc, renderer, i, dpi));
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return pages;
    }

    /** One page (0-based) at {@code dpi}: printing draws one page at a time to keep memory low. */
    public PageImage render(int index, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return page(doc, new PDFRenderer(doc), index, dpi);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static PageImage page(PDDocument doc, PDFRenderer renderer, int index, float dpi) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        PDRectangle box = doc.getPage(index).getMediaBox();
        boolean turned = doc.getPage(index).getRotation() % 180 != 0;
        return new PageImage(w, h, argb, turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight());
    }

    private static UserError unreadable(IOException e) {
        return new UserError("无法生成打印页面：" + e.getMessage() + "。可以先导出 PDF，再用其他程序打印。", e);
    }
}
