// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportTestLedgers;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.RequestRowDef;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.ShippedFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF measured as printed (req~report.final-export~1, GB/T 9704): the page, the margins, the face and
 * size of each kind of text, the page numbers, and how the tables meet page breaks — they flow on after
 * the text, move to the next page only when their first part does not fit, repeat their header, and never
 * split a row. The page-break tests push the tables down one line at a time through a whole page.
 */
class ReportPdfLayoutTest {

    private static final float W = PageSize.A4.getWidth();
    private static final float H = PageSize.A4.getHeight();
    private static final float MM = 72f / 25.4f;
    private static final float TOP = H - 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = W - 26 * MM;
    /** GB/T 9704: 22 lines in the 225 mm text block. */
    private static final float LINE = (H - 37 * MM - 35 * MM) / 22;

    private static final String TWO = ReportSection.ACTIVE_DISCLOSURE.title();
    private static final String THREE = ReportSection.REQUESTS.title();
    private static final String FOUR = ReportSection.REVIEWS.title();
    private static final String FIVE = ReportSection.PROBLEMS.title();

    @TempDir
    static Path dir;
    static Report report;
    static ReportFonts fonts = new ReportFonts(face -> Optional.empty());
    static PdfLayout layout;

    @BeforeAll
    static void writeOnce() throws IOException {
        report = ReportTestLedgers.draftedAndSaved2025(dir.resolve("db")).report();
        layout = write(report, "base.pdf");
    }

    static PdfLayout write(Report r, String name) throws IOException {
        Path pdf = dir.resolve(name);
        new ReportPdfWriter(fonts).write(r, pdf, BackgroundTask.Progress.NONE);
        String copy = System.getProperty("report.layout.copy");
        if (copy != null) {
            Files.createDirectories(Path.of(copy));
            Files.copy(pdf, Path.of(copy, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return PdfLayout.read(pdf);
    }

    /** The hand-made year with {@code lines} one-line paragraphs added to section 一: everything below moves down. */
    static Report pushedDown(int lines) {
        StringBuilder overview = new StringBuilder(report.narrative().overview());
        for (int i = 0; i < lines; i++) {
            overview.append("\n本段仅用于测试分页。");
        }
        Narrative n = report.narrative();
        return new Report(report.year(), report.organName(), report.tables(),
                new Narrative(overview.toString(), n.problems(), n.otherMatters()), report.findings(), report.state());
    }

    private static String face(ShippedFonts font) throws IOException {
        return FontProgramFactory.createFont(font.bytes(), false).getFontNames().getFontName();
    }

    private static boolean isPageNumber(PdfLayout.Run r) {
        return r.text().matches("—\\s*\\d+\\s*—");
    }

    @Test
    void every_page_is_a4_and_the_text_fills_the_gb9704_text_block() {
        for (int p = 0; p < layout.pageCount(); p++) {
            assertEquals(W, layout.pages.get(p).getWidth(), 0.5, "A4 width, page " + (p + 1));
            assertEquals(H, layout.pages.get(p).getHeight(), 0.5, "A4 height, page " + (p + 1));
        }
        List<PdfLayout.Run> text = layout.runs.stream().filter(r -> !isPageNumber(r)).collect(Collectors.toList());
        for (PdfLayout.Run r : text) {
            assertTrue(r.left() >= LEFT - 0.5 && r.right() <= RIGHT + 0.5 && r.top() <= TOP + 0.5 && r.baseline() >= BOTTOM,
                    "inside the margins (37/35/28/26 mm): " + r);
        }
        // Lines start at the left margin and justified lines end at the right margin …
        assertEquals(LEFT, (float) text.stream().mapToDouble(PdfLayout.Run::left).min().orElseThrow(), 0.5);
        assertEquals(RIGHT, (float) text.stream().mapToDouble(PdfLayout.Run::right).max().orElseThrow(), 0.5);
        // … the first line of a page starts at the top margin, and a full page of text ends in its last line.
        PdfLayout.Run first = layout.onPage(2).get(0);
        assertTrue(first.top() > TOP - LINE / 2, "first line of page 2 at the top margin: " + first);
        float lowest = layout.lowestBaseline(1, BOTTOM);
        assertTrue(lowest >= BOTTOM && lowest < BOTTOM + LINE, "page 1 runs down to the bottom margin: " + lowest);
    }

    @Test
    void each_kind_of_text_is_set_in_its_face_and_size() throws IOException {
        PdfLayout.Run organ = layout.runsStarting(report.organName()).get(0);
        assertEquals(face(ShippedFonts.PDF_TITLE), organ.font(), "title in bold Song");
        assertEquals(22f, organ.size(), 0.01f, "title 二号");
        assertEquals(1, organ.page());
        for (ReportSection s : ReportSection.values()) {
            PdfLayout.Run heading = layout.runsStarting(s.title()).get(0);
            assertEquals(face(ShippedFonts.PDF_HEADING), heading.font(), "一、 headings in Hei: " + s.title());
            assertEquals(16f, heading.size(), 0.01f);
        }
        PdfLayout.Run sub = layout.runsStarting("（一）主动公开。").get(0);
        assertEquals(face(ShippedFonts.PDF_SUBHEADING), sub.font(), "（一） headings in Kai");
        assertEquals(16f, sub.size(), 0.01f);
        PdfLayout.Run body = layout.runsStarting("本报告根据").get(0);
        assertEquals(face(ShippedFonts.PDF_BODY), body.font(), "body in FangSong/Song");
        assertEquals(16f, body.size(), 0.01f, "body 三号");
        assertEquals(LEFT + 32, body.left(), 0.5, "first line indented two characters");
        assertEquals(10.5f, layout.runsStarting("第二十条第（一）项").get(0).size(), 0.01f, "table 二 in 五号");
        assertEquals(9f, layout.runsStarting("申请人情况").get(0).size(), 0.01f, "table 三 in 小五");
    }

    @Test
    void pages_are_numbered_like_an_official_document() {
        assertTrue(layout.pageCount() >= 3);
        for (int p = 1; p <= layout.pageCount(); p++) {
            int page = p;
            List<PdfLayout.Run> number = layout.onPage(p).stream().filter(ReportPdfLayoutTest::isPageNumber).collect(Collectors.toList());
            assertEquals(1, number.size(), "one page number on page " + p);
            PdfLayout.Run n = number.get(0);
            assertEquals("— " + page + " —", n.text());
            assertEquals(14f, n.size(), 0.01f, "四号");
            assertTrue(n.top() <= BOTTOM - 7 * MM + 0.5 && n.top() > BOTTOM - 7 * MM - 8, "7 mm below the text block: " + n);
            if (p % 2 == 1) {
                assertEquals(RIGHT - 14, n.right(), 1, "odd pages: right, one character in");
            } else {
                assertEquals(LEFT + 14, n.left(), 1, "even pages: left, one character in");
            }
        }
    }

    @Test
    void the_windows_faces_are_embedded_when_present() throws IOException {
        // Stand-ins for C:\Windows\Fonts: any face file the role's lookup returns is the one embedded.
        Path kai = dir.resolve("simkai.ttf");
        try (var in = ShippedFonts.PDF_SUBHEADING.openStream()) {
            Files.copy(in, kai, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ReportFonts windows = new ReportFonts(face -> face == ShippedFonts.PDF_TITLE || face == ShippedFonts.PDF_BODY
                ? Optional.of(kai) : Optional.empty());
        Path pdf = dir.resolve("windows.pdf");
        new ReportPdfWriter(windows).write(report, pdf, BackgroundTask.Progress.NONE);
        PdfLayout l = PdfLayout.read(pdf);
        String kaiFace = face(ShippedFonts.PDF_SUBHEADING);
        PdfLayout.Run title = l.runsStarting(report.organName()).get(0);
        assertEquals(kaiFace, title.font(), "the system face of the title role");
        assertEquals(PdfCanvasConstants.TextRenderingMode.FILL_STROKE, title.renderMode(), "宋体 has no bold: emboldened as Word does");
        assertEquals(kaiFace, l.runsStarting("本报告根据").get(0).font(), "the system face of the body role");
        assertEquals(face(ShippedFonts.PDF_HEADING), l.runsStarting(ReportSection.OVERVIEW.title()).get(0).font(),
                "no system Hei: the shipped face");
        assertEquals(PdfCanvasConstants.TextRenderingMode.FILL, layout.runsStarting(report.organName()).get(0).renderMode(),
                "the shipped title face is bold itself");
    }

    /** Pushed down one line at a time through a whole page (22 lines), every break falls where it may. */
    @ParameterizedTest(name = "{0} lines more in section 一")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21})
    void tables_flow_on_and_break_only_where_a_reader_can_follow(int lines) throws IOException {
        PdfLayout l = lines == 0 ? layout : write(pushedDown(lines), "pushed-" + lines + ".pdf");
        List<PdfLayout.Run> two = between(l, TWO, THREE);
        List<PdfLayout.Run> three = between(l, THREE, FOUR);
        List<PdfLayout.Run> four = between(l, FOUR, FIVE);

        // Table 二 breaks only between its blocks, and its heading goes with the first block.
        List<List<PdfLayout.Run>> blocks = split(two, r -> r.text().startsWith("第二十条第"));
        for (List<PdfLayout.Run> block : blocks) {
            assertEquals(1, pages(block).size(), "a block of table 二 on one page: " + block.get(0).text());
        }
        assertEquals(List.of(two.get(0).page()), pages(two.subList(0, blocks.get(0).size() + 1)), "heading 二 with its first block");

        // Table 三: heading, header and first row together; the header on every page it runs onto, with rows under it.
        if (lines == 0) {
            assertEquals(2, pages(three).size(), "the hand-made year's table 三 runs onto a second page");
        }
        int headingPage = three.get(0).page();
        assertEquals(headingPage, l.pageOf("申请人情况").orElseThrow());
        assertEquals(headingPage, l.pageOf("一、本年新收政府信息公开申请数量").orElseThrow(), "heading 三 with the header and the first row");
        for (int p : pages(three)) {
            String text = three.stream().filter(r -> r.page() == p).map(PdfLayout.Run::text).collect(Collectors.joining())
                    .replaceAll("\\s+", "");
            assertTrue(text.contains("申请人情况") && text.contains("法人或其他组织"), "header repeated on page " + p);
            assertTrue(report.format().requestRows().stream().anyMatch(row -> text.contains(ownLabel(row))),
                    "rows under the header on page " + p);
        }
        // No row is split: every row's own label, however many lines it takes, is whole on one page.
        for (RequestRowDef row : report.format().requestRows()) {
            assertTrue(l.pageOf(ownLabel(row)).isPresent(), "row whole on one page: " + ownLabel(row));
        }

        // Table 四 (one row of figures) stays whole, with its heading.
        assertEquals(1, pages(four).size(), "table 四 with its heading on one page");

        // A table moves to the next page only when its first part would not fit in what is left of the page.
        for (List<PdfLayout.Run> table : List.of(two, three, four)) {
            PdfLayout.Run heading = table.get(0);
            boolean topOfPage = l.onPage(heading.page()).stream().filter(r -> !isPageNumber(r)).findFirst().orElseThrow().equals(heading);
            if (topOfPage && heading.page() > 1) {
                // Measured from baselines, the room really left is a little less and the room needed a little
                // more (up to ¾ of a line in all); a heading under a table also asks for half a line of air.
                float free = l.lowestBaseline(heading.page() - 1, BOTTOM) - BOTTOM;
                float air = heading.text().startsWith(TWO) ? 0 : LINE / 2;
                float needed = air + heading.top() - firstPartBottom(table, heading.page());
                assertTrue(free < needed + LINE * 0.75f, heading.text() + " starts page " + heading.page() + " although " + free
                        + " pt were free on the page before and its first part takes " + needed + " pt");
            }
        }
        for (PdfLayout.Run r : l.runs) {
            assertFalse(r.page() > 1 && r.text().contains("□"), "no boxes");
        }
    }

    /** The text a row's own cell prints (its item, else its group, else its heading). */
    private static String ownLabel(RequestRowDef row) {
        String own = row.item() != null ? row.item() : row.group() != null ? row.group() : row.heading();
        return own.replaceAll("\\s+", "");
    }

    /** The runs from the heading {@code from} up to the heading {@code to}, in drawing order. */
    private static List<PdfLayout.Run> between(PdfLayout l, String from, String to) {
        int start = -1;
        for (int i = 0; i < l.runs.size(); i++) {
            String t = l.runs.get(i).text().strip();
            if (t.startsWith(from)) {
                start = i;
            } else if (start >= 0 && t.startsWith(to)) {
                return l.runs.subList(start, i).stream().filter(r -> !isPageNumber(r)).collect(Collectors.toList());
            }
        }
        throw new AssertionError("No section from " + from + " to " + to);
    }

    /** The runs after the heading, cut before each run that starts a part. */
    private static List<List<PdfLayout.Run>> split(List<PdfLayout.Run> table, java.util.function.Predicate<PdfLayout.Run> starts) {
        List<List<PdfLayout.Run>> parts = new ArrayList<>();
        for (PdfLayout.Run r : table.subList(1, table.size())) {
            if (starts.test(r) || parts.isEmpty()) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(r);
        }
        return parts;
    }

    private static List<Integer> pages(List<PdfLayout.Run> runs) {
        return runs.stream().map(PdfLayout.Run::page).distinct().sorted().collect(Collectors.toList());
    }

    /** Where the part that must go with the heading ends: table 二's first block, table 三's first row, table 四. */
    private static float firstPartBottom(List<PdfLayout.Run> table, int page) {
        String heading = table.get(0).text();
        List<PdfLayout.Run> part;
        if (heading.startsWith(TWO)) {
            part = split(table, r -> r.text().startsWith("第二十条第")).get(0);
        } else if (heading.startsWith(THREE)) {
            int firstRow = 0;
            while (!table.get(firstRow).text().startsWith("一、本年新收")) {
                firstRow++;
            }
            part = table.subList(0, firstRow + 1);
        } else {
            part = table;
        }
        return (float) part.stream().filter(r -> r.page() == page).mapToDouble(PdfLayout.Run::baseline).min().orElseThrow();
    }
}
