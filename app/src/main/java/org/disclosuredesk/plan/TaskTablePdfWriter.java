// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/**
 * Writes the 任务分工表 as a PDF table (A4 landscape, header repeated on every page) in the CJK font
 * the app ships, embedded, so the file reads the same on any computer.
 */
public final class TaskTablePdfWriter {

    private static final float[] WIDTHS = {5, 47, 13, 15, 11, 9};

    private final Supplier<byte[]> cjkFont;

    /** {@code cjkFont} gives the bytes of the shipped CJK font (OTF/TTF). */
    public TaskTablePdfWriter(Supplier<byte[]> cjkFont) {
        this.cjkFont = cjkFont;
    }

    public void write(TaskTableExport table, Path file) {
        AtomicFileWriter.write(file, out -> render(table, out));
    }

    /** The same PDF in memory, for 打印. */
    public byte[] bytes(TaskTableExport table) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            render(table, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void render(TaskTableExport table, java.io.OutputStream out) throws IOException {
        {
            PdfFont font = font();
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                    Document doc = new Document(pdf, PageSize.A4.rotate())) {
                pdf.getDocumentInfo().setTitle(table.title() + "任务分工表");
                doc.setMargins(36, 36, 36, 36);
                doc.setFont(font).setFontSize(10.5f).setSplitCharacters(new ChineseSplitCharacters());
                doc.add(new Paragraph(table.title() + "任务分工表").setFontSize(16).setTextAlignment(TextAlignment.CENTER)
                        .setMarginBottom(10));
                Table t = new Table(UnitValue.createPercentArray(WIDTHS)).useAllAvailableWidth();
                for (String column : TaskTableExport.COLUMNS) {
                    t.addHeaderCell(new Cell().add(new Paragraph(column)).setBackgroundColor(ColorConstants.LIGHT_GRAY)
                            .setTextAlignment(TextAlignment.CENTER));
                }
                for (TaskTableExport.Row row : table.rows()) {
                    if (row.section()) {
                        t.addCell(new Cell(1, WIDTHS.length).add(new Paragraph(row.task())));
                        continue;
                    }
                    List<String> cells = row.cells();
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = new Cell().add(new Paragraph(cells.get(c)));
                        if (c == 0 || c == 5) {
                            cell.setTextAlignment(TextAlignment.CENTER);
                        }
                        t.addCell(cell);
                    }
                }
                doc.add(t);
            }
        }
    }

    private PdfFont font() throws IOException {
        byte[] bytes = cjkFont.get();
        if (bytes == null || bytes.length == 0) {
            throw new org.disclosuredesk.shared.UserError("找不到用于 PDF 的中文字体，无法导出 PDF。请改为导出 Excel，或重新安装本软件。");
        }
        return PdfFontFactory.createFont(bytes, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** No line starts with ，。、；：？！）》」” and none ends with （《「“ (iText would allow both). */
    static final class ChineseSplitCharacters implements ISplitCharacters {
        private static final String NO_START = "，。、；：？！）》」』”’…%,.;:?!)";
        private static final String NO_END = "（《「『“‘(";
        private final ISplitCharacters fallback = new DefaultSplitCharacters();

        @Override
        public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
            int c = text.get(glyphPos).getUnicode();
            if (c > 0 && NO_END.indexOf(c) >= 0) {
                return false;
            }
            if (glyphPos + 1 < text.getEnd()) {
                int next = text.get(glyphPos + 1).getUnicode();
                if (next > 0 && NO_START.indexOf(next) >= 0) {
                    return false;
                }
            }
            return c >= 0x2E80 || fallback.isSplitCharacter(text, glyphPos);
        }
    }
}
