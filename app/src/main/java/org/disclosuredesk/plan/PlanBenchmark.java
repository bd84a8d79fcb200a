// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosuredesk.shared.text.ChineseNumeral;

/**
 * How long parsing a 20-page plan takes (target: under 200 ms). The input is the demo plan grown to
 * 20 pages of 公文 layout (GB/T 9704: 22 lines of 28 characters a page), as text and as a .docx whose
 * last part is a 任务分工表; both are built in memory, so the figure is the parser's, not the disk's.
 */
public final class PlanBenchmark {

    /** Characters on one page of an official document: 22 lines × 28 characters. */
    public static final int CHARS_PER_PAGE = 22 * 28;

    /** Timings of one input, in milliseconds. */
    public record Timing(String input, int characters, int pages, int tasks, double firstMs, double medianMs, double p90Ms,
            double maxMs, int runs) {
    }

    private PlanBenchmark() {
    }

    public static List<Timing> run(int pages, int runs) {
        String text = plan(pages);
        byte[] docx = docx(text);
        List<Timing> out = new ArrayList<>();
        out.add(time("txt", text.length(), runs, () -> PlanParser.parse(PlanSource.fromText("bench.txt", text), null)));
        out.add(time("docx", text.length(), runs, () -> {
            try {
                return PlanParser.parse(DocxReader.read("bench.docx", new ByteArrayInputStream(docx)), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return out;
    }

    private interface Parse {
        ParsedPlan run();
    }

    private static Timing time(String input, int chars, int runs, Parse parse) {
        long t0 = System.nanoTime();
        ParsedPlan first = parse.run();
        double firstMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < Math.min(20, runs); i++) {
            parse.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            parse.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(input, chars, (int) Math.ceil((double) chars / CHARS_PER_PAGE), first.tasks().size(), firstMs,
                ms[runs / 2], ms[(int) Math.min(runs - 1, Math.ceil(runs * 0.9) - 1)], ms[runs - 1], runs);
    }

    /** The demo plan's tasks repeated under new section numbers until the text fills {@code pages} pages. */
    public static String plan(int pages) {
        String demo = PlanDemoData.planText(2025);
        String[] lines = demo.split("\n");
        int tasksStart = indexOf(lines, "二、重点任务");
        int tasksEnd = indexOf(lines, "三、保障措施");
        List<String> taskLines = new ArrayList<>();
        for (int i = tasksStart + 1; i < tasksEnd; i++) {
            if (lines[i].matches("^\\d+\\..*")) {
                taskLines.add(lines[i].replaceFirst("^\\d+\\.", ""));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= tasksStart; i++) {
            sb.append(lines[i]).append('\n');
        }
        int section = 0;
        int item = 0;
        while (sb.length() < pages * CHARS_PER_PAGE) {
            section++;
            sb.append('（').append(ChineseNumeral.format(section)).append('）').append("推进第").append(section).append("批重点工作\n");
            for (int k = 1; k <= 5; k++) {
                sb.append(k).append('.').append(taskLines.get(item++ % taskLines.size())).append('\n');
            }
        }
        for (int i = tasksEnd; i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    /** The plan as a .docx: its lines as paragraphs, the last 30 tasks as a 任务分工表 with merged cells. */
    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.createParagraph().createRun().setText("附件：重点工作任务分工表");
            XWPFTable table = doc.createTable(1, 5);
            String[] header = {"序号", "工作任务", "牵头单位", "配合单位", "完成时限"};
            for (int c = 0; c < header.length; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
            }
            for (int r = 1; r <= 30; r++) {
                XWPFTableRow row = table.createRow();
                row.getCell(0).setText(String.valueOf(r));
                row.getCell(1).setText("按照要求做好第" + r + "项政务公开重点工作，确保按时保质完成。");
                row.getCell(2).setText(r % 2 == 0 ? "县政府办" : "县财政局");
                row.getCell(3).setText("县直各部门、各乡镇人民政府");
                row.getCell(4).setText((r % 12 + 1) + "月底前");
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(String[] lines, String prefix) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("demo plan has no line " + prefix);
    }
}
