// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.shared.ShippedFonts;

/**
 * A request's 登记表 for the paper file: the registration number, the applicant (a person's ID number
 * masked as the list shows it), the dates, the content, the deadline and status, every recorded step in
 * order and the result — A4 portrait, in the shipped CJK faces, as a PDF for the print preview.
 */
public final class RequestRecordPdf {

    private static final float MARGIN = 56;

    private RequestRecordPdf() {
    }

    /** The rows of the upper table, label and value, in the order a clerk fills in a 登记表. */
    public static List<String[]> facts(RequestView view) {
        Request r = view.request();
        Applicant a = r.applicant();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("登记号", r.number().text()));
        rows.add(row("申请人", a.name()));
        rows.add(row("申请人类型", a.kind() == null ? "" : a.kind().label()));
        rows.add(row("证件号码", a.idNumber() == null ? "" : (a.idType() == null ? "" : a.idType().label() + " ") + a.maskedIdNumber()));
        rows.add(row("联系电话", a.phone()));
        rows.add(row("通信地址", a.address()));
        rows.add(row("申请方式", r.intake().channel() == null ? "" : r.intake().channel().label()));
        rows.add(row("提交日期", text(r.intake().submittedOn())));
        rows.add(row("收到日期", text(r.receivedOn())));
        rows.add(row("申请内容", r.intake().content()));
        rows.add(row("获取信息方式", r.intake().formWanted()));
        rows.add(row("答复期限", view.deadline() == null ? text(r.dueOn()) : view.deadline().shortText()));
        rows.add(row("状态", view.status() == null ? "" : view.status().label()));
        rows.add(row("办理结果", r.result() == null ? "" : r.result().fullLabel()));
        rows.add(row("答复日期", text(r.decidedOn())));
        return rows;
    }

    public static byte[] render(RequestView view, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFont body = font(ShippedFonts.PDF_BODY);
        PdfFont bold = font(ShippedFonts.PDF_HEADING);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf, PageSize.A4)) {
            Request r = view.request();
            pdf.getDocumentInfo().setTitle("政府信息公开申请登记表 " + r.number().text());
            doc.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            doc.setFont(body).setFontSize(11);
            doc.add(new Paragraph("政府信息公开申请登记表").setFont(bold).setFontSize(18).setTextAlignment(TextAlignment.CENTER)
                    .setMarginBottom(12));
            Table facts = new Table(UnitValue.createPercentArray(new float[] {22, 78})).useAllAvailableWidth();
            for (String[] f : facts(view)) {
                facts.addCell(new Cell().add(new Paragraph(f[0]).setFont(bold)).setBackgroundColor(ColorConstants.LIGHT_GRAY, 0.4f));
                facts.addCell(new Cell().add(new Paragraph(f[1])));
            }
            doc.add(facts);
            doc.add(new Paragraph("办理步骤").setFont(bold).setFontSize(13).setMarginTop(14).setMarginBottom(6));
            Table steps = new Table(UnitValue.createPercentArray(new float[] {8, 16, 76})).useAllAvailableWidth();
            for (String h : List.of("序号", "日期", "步骤")) {
                steps.addHeaderCell(new Cell().add(new Paragraph(h).setFont(bold)).setTextAlignment(TextAlignment.CENTER)
                        .setBackgroundColor(ColorConstants.LIGHT_GRAY, 0.4f));
            }
            int n = 0;
            for (RequestEvent e : r.events()) {
                steps.addCell(new Cell().add(new Paragraph(String.valueOf(++n))).setTextAlignment(TextAlignment.CENTER));
                steps.addCell(new Cell().add(new Paragraph(text(e.on()))).setTextAlignment(TextAlignment.CENTER));
                steps.addCell(new Cell().add(new Paragraph(e.kind().label() + EventText.details(e, r.events()))));
            }
            if (n == 0) {
                steps.addCell(new Cell(1, 3).add(new Paragraph("尚未记录办理步骤。")));
            }
            doc.add(steps);
            doc.add(new Paragraph("打印日期：" + printedOn).setFontSize(9).setTextAlignment(TextAlignment.RIGHT).setMarginTop(10));
        }
        return out.toByteArray();
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value == null ? "" : value};
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static PdfFont font(ShippedFonts face) {
        try {
            return PdfFontFactory.createFont(face.bytes(), PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
