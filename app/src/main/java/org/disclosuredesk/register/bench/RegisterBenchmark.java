// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterPage;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.register.SampleLedger;
import org.disclosuredesk.register.transfer.RegisterColumn;
import org.disclosuredesk.register.transfer.RegisterImporter;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.shared.transfer.SheetReader;

/**
 * The register's speed targets (issue 4), measured through the same service calls the screen and the
 * report make: a large generated register, search for 4-character Chinese substrings, the table-二
 * figures, the register screen's first page, and a 100,000-row .xlsx import with its peak memory.
 */
public final class RegisterBenchmark {

    /** Four-character substrings: frequent topics, 文号 parts, body phrases, a rare topic and an absent one. */
    public static final List<String> SEARCH_TERMS = List.of("安全生产", "乡村振兴", "防汛抗旱", "营商环境", "实施方案",
            "专项行动", "古树名木", "工作要点", "人居环境", "贯彻落实", "舆论引导", "示府办发", "招生入学", "量子通信");
    public static final int PAGE = 100;
    private static final int CHUNK = 20_000;
    private static final int YEARS = 25;
    private static final int FLOOR_BATCH = 2_000;

    private final RegisterService register;

    public RegisterBenchmark(RegisterService register) {
        this.register = register;
    }

    /** Adds generated entries until the register holds {@code rows}; returns how many were added. */
    public int generate(int rows, int lastYear, BackgroundTask.Progress progress) {
        int existing = register.count(RegisterQuery.ALL);
        int missing = rows - existing;
        if (missing <= 0) {
            return 0;
        }
        LocalDate today = register.today();
        SampleLedger samples = new SampleLedger(rows);
        List<DocumentDraft> chunk = new ArrayList<>(CHUNK);
        java.util.Map<DocumentDraft, String> bodies = new java.util.IdentityHashMap<>();
        int added = 0;
        for (int i = 0; i < missing; i++) {
            int year = lastYear - YEARS + 1 + (int) ((long) i * YEARS / missing);
            int serial = existing + i + 1;   // above every serial a demo or earlier run used: 文号 stay unique
            DocumentDraft d = samples.document(year, serial, today);
            LocalDate abolished = samples.abolishedOn(d, today);
            if (abolished != null) {
                d = d.toBuilder().validity(Validity.ABOLISHED).validityChangedOn(abolished).build();
            }
            chunk.add(d);
            if (samples.nextInt(10) == 0) {
                bodies.put(d, samples.body(d));   // one in ten has an attachment whose text is searched
            }
            if (chunk.size() == CHUNK || i == missing - 1) {
                added += register.insertAll(chunk, doc -> bodies.getOrDefault(doc, ""), "基准测试生成的数据",
                        BackgroundTask.Progress.NONE);
                chunk.clear();
                bodies.clear();
                progress.update(added, missing, "已生成 " + added + " 条");
            }
        }
        register.markDeadlinesCurrent();
        return added;
    }

    /** The first page of a search, for each term, {@code rounds} times. */
    public Timings search(int rounds) {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String term : SEARCH_TERMS) {
                times.add(Timings.time(() -> register.page(RegisterQuery.search(term), null, PAGE)));
            }
        }
        return new Timings("搜索首页（4 字中文子串，" + SEARCH_TERMS.size() + " 个词 × " + rounds + " 轮）", times);
    }

    public Timings tableTwo(int year, int rounds) {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            times.add(Timings.time(() -> register.tableTwo(year)));
        }
        return new Timings("表二数据（" + year + " 年）", times);
    }

    /** What the register screen loads when opened on a year: the first page only. */
    public Timings firstPage(int year, int rounds) {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            times.add(Timings.time(() -> register.page(RegisterQuery.ofYear(year), null, PAGE)));
        }
        return new Timings("台账界面首页（" + year + " 年，" + PAGE + " 行）", times);
    }

    /** Everything the screen asks for when it opens: first page, the year's count and its table-二 figures. */
    public Timings screenOpen(int year, int rounds) {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            times.add(Timings.time(() -> {
                RegisterPage page = register.page(RegisterQuery.ofYear(year), null, PAGE);
                register.count(RegisterQuery.ofYear(year));
                register.tableTwo(year);
                if (page.rows().isEmpty()) {
                    throw new UserError("基准数据库中 " + year + " 年没有文件。");
                }
            }));
        }
        return new Timings("台账界面打开（首页＋总数＋表二）", times);
    }

    /** Writes a ledger of {@code rows} rows as an office would keep it, with the import's headings. */
    public static void writeWorkbook(Path file, int rows, int year, LocalDate today) throws IOException {
        SampleLedger samples = new SampleLedger(year * 7L);
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = book.createSheet("台账");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            List<RegisterColumn> cols = List.of(RegisterColumn.DOC_NUMBER, RegisterColumn.TITLE, RegisterColumn.ISSUING_ORGAN,
                    RegisterColumn.WRITTEN_ON, RegisterColumn.PUBLISHED_ON, RegisterColumn.ATTRIBUTE,
                    RegisterColumn.NON_DISCLOSURE_REASON, RegisterColumn.CHANNELS, RegisterColumn.CATEGORY,
                    RegisterColumn.DOC_TYPE, RegisterColumn.VALIDITY);
            Row head = sheet.createRow(0);
            for (int c = 0; c < cols.size(); c++) {
                head.createCell(c).setCellValue(cols.get(c).heading());
            }
            for (int i = 1; i <= rows; i++) {
                DocumentDraft d = samples.document(year, i, today);
                Row row = sheet.createRow(i);
                text(row, 0, d.docNumber());
                text(row, 1, d.title());
                text(row, 2, d.issuingOrgan());
                row.createCell(3).setCellValue(d.writtenOn());
                row.getCell(3).setCellStyle(date);
                if (d.publishedOn() != null) {
                    row.createCell(4).setCellValue(d.publishedOn());
                    row.getCell(4).setCellStyle(date);
                }
                text(row, 5, d.attribute().label());
                text(row, 6, d.nonDisclosureReason());
                text(row, 7, d.channels().stream().map(PublicationChannel::label).collect(Collectors.joining("、")));
                text(row, 8, d.category());
                text(row, 9, d.docType().label());
                text(row, 10, d.validity().label());
            }
            book.write(out);
            book.dispose();
        }
    }

    /**
     * The floor issue 19 measures {@code register import} against: the kit's streaming read and batched
     * inserts into the same schema through the same store path, with no checks, no preview and no
     * second pass. Reads the columns {@link #writeWorkbook} writes, in that order.
     */
    public int floorImport(Path file) {
        List<DocumentDraft> batch = new ArrayList<>(FLOOR_BATCH);
        int[] stored = {0};
        boolean[] heading = {false};
        SheetReader.read(file, (n, cells) -> {
            if (!heading[0]) {
                heading[0] = true;
                return;
            }
            batch.add(floorDraft(cells));
            if (batch.size() == FLOOR_BATCH) {
                stored[0] += register.insertAll(batch, "基准下限", BackgroundTask.Progress.NONE);
                batch.clear();
            }
        });
        stored[0] += register.insertAll(batch, "基准下限", BackgroundTask.Progress.NONE);
        return stored[0];
    }

    private static DocumentDraft floorDraft(List<String> c) {
        String published = cell(c, 4);
        return DocumentDraft.builder().docNumber(cell(c, 0)).title(cell(c, 1)).issuingOrgan(cell(c, 2))
                .writtenOn(LocalDate.parse(cell(c, 3))).publishedOn(published == null ? null : LocalDate.parse(published))
                .attribute(DisclosureAttribute.fromLabel(cell(c, 5)).orElseThrow()).nonDisclosureReason(cell(c, 6))
                .channels(cell(c, 7) == null ? List.of() : java.util.Arrays.stream(cell(c, 7).split("、"))
                        .map(l -> PublicationChannel.fromLabel(l).orElseThrow()).collect(Collectors.toList()))
                .category(cell(c, 8)).docType(DocType.fromLabel(cell(c, 9)).orElseThrow())
                .validity(Validity.fromLabel(cell(c, 10)).orElseThrow()).build();
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && !cells.get(i).isBlank() ? cells.get(i) : null;
    }

    /** Preview and commit of a workbook, with the heap's peak during the import. */
    public record ImportRun(int rows, int imported, int problems, double previewMillis, double commitMillis,
            long peakHeapBytes, long peakRssBytes) {

        public double totalMillis() {
            return previewMillis + commitMillis;
        }
    }

    public static ImportRun importWorkbook(RegisterImporter importer, Path file, BackgroundTask.Progress progress) {
        System.gc();
        resetPeaks();
        @SuppressWarnings("unchecked")
        ImportPreview<DocumentDraft, RegisterColumn>[] preview = new ImportPreview[1];
        double previewMillis = Timings.time(() -> preview[0] = importer.preview(file, null, progress));
        int[] imported = new int[1];
        double commitMillis = Timings.time(() -> imported[0] = importer.commit(preview[0], progress));
        return new ImportRun(preview[0].rowsRead(), imported[0], preview[0].problems().size(), previewMillis, commitMillis,
                peakHeap(), peakRss());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            // Linux: writing 5 to clear_refs resets the process's peak resident set size (VmHWM).
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
            // not Linux, or not allowed: the RSS peak then covers the whole run
        }
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM from /proc/self/status on Linux, -1 elsewhere. */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux
        }
        return -1;
    }

    private static void text(Row row, int col, String value) {
        if (value != null) {
            row.createCell(col).setCellValue(value);
        }
    }
}
