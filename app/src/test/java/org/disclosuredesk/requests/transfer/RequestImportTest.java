// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestFilter;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// [utest->req~import.preview~1] [utest->req~import.all-or-nothing~1]
class RequestImportTest {

    @TempDir
    Path dir;

    private AppContext ctx;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(LocalDate.parse("2025-06-30").atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        ctx = new AppContext(Database.open(dir.resolve("import.db")), clock);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Path xlsx(Object[]... rows) throws Exception {
        Path file = dir.resolve("台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("2025");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1); // a blank first line, as ledgers often have a title row left empty
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate) {
                        row.createCell(c).setCellValue((LocalDate) v);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (v instanceof Number) {
                        row.createCell(c).setCellValue(((Number) v).doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static final Object[] HEADER = {"序号", "申请人姓名", "申请人类别", "身份证号", "申请方式", "收件日期", "申请内容", "处理结果", "办结日期"};

    @Test
    void reads_dates_as_date_cells_serial_numbers_and_text_and_maps_the_titles_by_guess() throws Exception {
        Path file = xlsx(HEADER,
                new Object[] {1, "张三", "自然人", "11010519491231002X", "当面", LocalDate.of(2025, 3, 5), "道路改造立项批复", "予以公开", LocalDate.of(2025, 3, 20)},
                new Object[] {2, "某科技有限公司", "法人或其他组织-商业企业", null, "邮寄", 45726, "招标文件", "3.4", 45740.0},
                new Object[] {3, "李四", "公民", null, "网上申请", "2025年4月1日", "拆迁补偿标准", null, null});
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ColumnMapping<ImportField> mapping = transfer.mappingFor(table);
        assertEquals(List.of(), mapping.missingRequired());
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, mapping);

        assertEquals(List.of(), preview.problemLines());
        List<ImportedRequest> rows = preview.validValues();
        assertEquals(LocalDate.of(2025, 3, 5), rows.get(0).intake().receivedOn());
        assertEquals(ResultRow.DISCLOSED, rows.get(0).result());
        assertEquals(ApplicantKind.COMMERCIAL_ENTERPRISE, rows.get(1).intake().applicant().kind());
        assertEquals(LocalDate.of(2025, 3, 10), rows.get(1).intake().receivedOn());
        assertEquals(LocalDate.of(2025, 3, 24), rows.get(1).decidedOn());
        assertEquals(ResultRow.WITHHELD_THIRD_PARTY, rows.get(1).result());
        assertEquals(RequestChannel.REGISTERED_MAIL, rows.get(1).intake().channel());
        assertEquals(LocalDate.of(2025, 4, 1), rows.get(2).intake().receivedOn());
        assertEquals(ApplicantKind.NATURAL_PERSON, rows.get(2).intake().applicant().kind());
        assertEquals("原登记号：1", rows.get(0).intake().notes());
    }

    @Test
    void each_bad_row_says_what_is_wrong_and_importing_stores_only_valid_rows_in_one_go() throws Exception {
        Path file = xlsx(HEADER,
                new Object[] {1, "张三", "自然人", null, "当面", LocalDate.of(2025, 3, 5), "道路改造立项批复", "予以公开", LocalDate.of(2025, 3, 20)},
                new Object[] {2, "王五", "自然人", null, "当面", "2025-13-01", "学校规划", null, null},
                new Object[] {3, "赵六", "自然人", null, "当面", "2025-03-06", "学校规划", "大概公开了", "2025-03-10"},
                new Object[] {4, "钱七", null, null, "当面", "2025-03-07", "学校规划", null, null},
                new Object[] {5, "孙八", "自然人", "110105194912310021", "当面", "2025-03-07", "学校规划", null, null});
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, transfer.mappingFor(table));

        List<String> lines = preview.problemLines();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("第 4 行：收到申请日期“2025-13-01”不是存在的日期"), lines.get(0));
        assertTrue(lines.get(1).startsWith("第 5 行：办理结果“大概公开了”不是年度报告表三的结果项"), lines.get(1));
        assertTrue(lines.get(2).startsWith("第 6 行：缺少申请人类型"), lines.get(2));
        assertTrue(lines.get(3).startsWith("第 7 行：居民身份证号码校验位不符"), lines.get(3));

        List<Request> stored = transfer.importValid(preview);
        assertEquals(1, stored.size());
        assertEquals("依申请〔2025〕第1号", stored.get(0).number().text());
        assertEquals(ResultRow.DISCLOSED, stored.get(0).result());
        assertEquals(1, ctx.database().tableCounts().get("request"));
    }

    @Test
    void the_service_refuses_the_whole_list_when_any_row_is_bad() throws Exception {
        Path file = xlsx(HEADER,
                new Object[] {1, "张三", "自然人", null, "当面", LocalDate.of(2025, 3, 5), "道路改造立项批复", null, null});
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ImportedRequest good = transfer.preview(table, transfer.mappingFor(table)).validValues().get(0);
        // (a result without its date is imported as 「答复日期未记录」; a date without a result cannot be)
        ImportedRequest bad = new ImportedRequest(9, good.intake(), null, LocalDate.of(2025, 3, 20));
        UserError e = assertThrows(UserError.class, () -> ctx.requests().importRequests(List.of(good, bad)));
        assertTrue(e.getMessage().contains("第 9 行：有答复日期时须填写办理结果"), e.getMessage());
        assertEquals(0, ctx.database().tableCounts().get("request"));
    }

    @Test
    void a_gbk_csv_from_excel_is_read_correctly() throws Exception {
        String csv = "申请人,申请人类型,收到申请日期,申请内容,办理结果,答复日期\r\n"
                + "\"张三, 城关镇\",自然人,2025/3/5,\"关于\"\"老旧小区\"\"改造的批复\",本机关不掌握相关政府信息,2025.3.20\r\n"
                + "某研究院,科研机构,45721,科研经费,,\r\n";
        Path file = dir.resolve("台账.csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, transfer.mappingFor(table));
        assertEquals(List.of(), preview.problemLines());
        ImportedRequest first = preview.validValues().get(0);
        assertEquals("张三, 城关镇", first.intake().applicant().name());
        assertEquals("关于\"老旧小区\"改造的批复", first.intake().content());
        assertEquals(ResultRow.UNAVAILABLE_NOT_HELD, first.result());
        assertEquals(LocalDate.of(2025, 3, 5), preview.validValues().get(1).intake().receivedOn());
    }

    @Test
    void a_utf8_csv_with_bom_is_read_too() throws Exception {
        Path file = dir.resolve("utf8.csv");
        byte[] body = "申请人,申请人类型,收到申请日期,申请内容\n李四,自然人,20250305,规划许可\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        SheetTable table = ctx.requestTransfer().read(file);
        assertEquals("申请人", table.headers().get(0));
        assertEquals(1, ctx.requestTransfer().preview(table, ctx.requestTransfer().mappingFor(table)).validValues().size());
    }

    @Test
    void the_mapping_is_remembered_after_an_import() throws Exception {
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "谁,哪类,哪天,要什么\n周九,自然人,2025-03-05,预算\n");
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ColumnMapping<ImportField> guessed = transfer.mappingFor(table);
        assertEquals(List.of("申请人类型", "申请人", "收到申请日期", "申请内容"), guessed.missingRequired());
        assertThrows(UserError.class, () -> transfer.preview(table, guessed));
        ColumnMapping<ImportField> mine = guessed.with(ImportField.APPLICANT_NAME, "谁").with(ImportField.APPLICANT_KIND, "哪类")
                .with(ImportField.RECEIVED_ON, "哪天").with(ImportField.CONTENT, "要什么");
        transfer.importValid(transfer.preview(table, mine));

        Files.writeString(file, "谁,哪类,哪天,要什么\n吴十,自然人,2025-03-06,决算\n");
        assertEquals(mine, transfer.mappingFor(transfer.read(file)));
    }

    // [utest->req~export.xlsx~1]
    @Test
    void an_exported_year_reads_back_as_already_logged() throws Exception {
        Path file = xlsx(HEADER,
                new Object[] {1, "张三", "自然人", "11010519491231002X", "当面", LocalDate.of(2025, 3, 5), "道路改造立项批复", "予以公开", LocalDate.of(2025, 3, 20)},
                new Object[] {2, "李四", "自然人", null, "网上申请", LocalDate.of(2025, 6, 20), "拆迁补偿标准", null, null});
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable source = transfer.read(file);
        transfer.importValid(transfer.preview(source, transfer.mappingFor(source)));

        Path out = dir.resolve("导出").resolve("2025年台账.xlsx");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "the previous file");
        transfer.exportYear(2025, out);
        SheetTable exported = transfer.read(out);
        assertEquals("登记号", exported.headers().get(0));
        assertEquals(List.of("答复期限", "期限说明", "状态"), exported.headers().subList(16, 19));
        assertEquals(2, exported.rows().size());
        ImportPreview<ImportedRequest, ImportField> again = transfer.preview(exported, ColumnMapping.guess(ImportField.class, exported.headers()));
        assertTrue(again.problemLines().stream().allMatch(l -> l.contains("台账中已有这件申请")), again.problemLines().toString());
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of("2025年台账.xlsx"), files.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        }
        assertNull(ctx.requests().list(RequestFilter.year(2025)).get(0).request().decidedOn());
    }

    // [utest->req~import.label-aliases~1]
    @Test
    void the_labels_offices_write_are_mapped_and_shown_and_a_decided_row_without_its_date_is_kept() throws Exception {
        Path file = xlsx(HEADER,
                new Object[] {"A-1", "张三", "企业", null, "当面", "2025-03-05", "道路改造立项批复", "(一)予以公开", "2025-03-20"},
                new Object[] {"A-2", "李四", "法人或其他组织", null, "当面", "2025-03-06", "学校规划", "(三)不予公开 1.属于国家秘密", "2025-03-21"},
                new Object[] {"A-3", "王五", "自然人", null, "当面", "2025-03-07", "拆迁补偿", "（六）其他处理", "2025-03-28"},
                new Object[] {"A-4", "赵六", "自然人", null, "当面", "2025-03-07", "征地批复", "予以公开", null},
                new Object[] {"A-5", "赵六", "自然人", null, "当面", "2025-03-07", "征地批复", "部分公开", "2025-03-30"},
                new Object[] {"A-6", "钱七", "自然人", null, "当面", "2025-03-08", "林地批复", "不予公开", "2025-03-30"});
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, transfer.mappingFor(table));

        assertEquals(1, preview.problemLines().size(), preview.problemLines().toString());
        assertTrue(preview.problemLines().get(0).startsWith("第 8 行：办理结果只写了“不予公开”：请写明是哪一项（1.属于国家秘密、"),
                preview.problemLines().get(0));
        List<String> warnings = preview.warningLines();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("第 3 行：申请人类型“企业”按“法人或其他组织-商业企业”导入，请核对")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("第 3 行：办理结果“(一)予以公开”按“（一）予以公开”导入")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("第 4 行：申请人类型“法人或其他组织”按“法人或其他组织-其他”导入")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("第 5 行：“（六）其他处理”是 2019 年格式的单行")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("第 6 行：有办理结果“（一）予以公开”但没有答复日期：按“答复日期未记录”导入")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("第 7 行：与前面登记号为“A-4”的一行申请人、收到日期、申请内容相同，但登记号不同")), warnings.toString());

        List<Request> stored = transfer.importValid(preview);
        assertEquals(5, stored.size());
        Request undated = stored.stream().filter(r -> r.isDecisionDateMissing()).findFirst().orElseThrow();
        assertEquals(ResultRow.DISCLOSED, undated.undatedResult());
        assertEquals(org.disclosuredesk.requests.RequestStatus.DATE_NOT_RECORDED, ctx.requests().detail(undated.id()).view().status());
        assertEquals(ResultRow.WITHHELD_STATE_SECRET, stored.stream().filter(r -> r.applicant().name().equals("李四")).findFirst()
                .orElseThrow().result());
        Request closed = ctx.requests().addEvent(undated.id(), org.disclosuredesk.requests.RequestEvent.decision(LocalDate.of(2025, 3, 25),
                ResultRow.DISCLOSED)).request();
        assertEquals(org.disclosuredesk.requests.RequestStatus.CLOSED, ctx.requests().detail(closed.id()).view().status());
        assertEquals(null, ctx.requests().find(closed.id()).undatedResult(), "recording the decision clears the undated result");
    }

    // Issue 14, item 2: rows 3-4 became row 2's 申请内容 and 「已导入 2 件申请」 was reported.
    @Test
    void an_unclosed_quote_is_refused_naming_its_line_and_nothing_is_imported() throws Exception {
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "申请人,申请人类型,收到申请日期,申请内容\n张三,自然人,2025-03-05,\"预算\n"
                + "李四,自然人,2025-03-06,决算\n王五,自然人,2025-03-07,规划\n赵六,自然人,2025-03-08,补偿\n");
        UserError e = assertThrows(UserError.class, () -> ctx.requestTransfer().read(file));
        assertTrue(e.getMessage().contains("第 2 行"), e.getMessage());
        assertEquals(0, ctx.requests().list(RequestFilter.year(2025)).size());
    }

    // Issue 14, item 12: a UTF-16 CSV got 「请先指定这些项目在哪一列」.
    @Test
    void a_utf16_csv_is_read_like_any_other() throws Exception {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, "\uFEFF申请人,申请人类型,收到申请日期,申请内容\r\n张三,自然人,2025-03-05,预算\r\n".getBytes(StandardCharsets.UTF_16LE));
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, transfer.mappingFor(table));
        assertEquals(List.of(), preview.problemLines());
        assertEquals("张三", preview.validValues().get(0).intake().applicant().name());
        assertEquals(2, preview.fileLines());
    }

    // Issue 14, item 12: a header-only file said 「请先改正预览中列出的问题」 with nothing listed.
    @Test
    void a_header_only_file_says_it_has_no_rows() throws Exception {
        Path file = dir.resolve("head.csv");
        Files.writeString(file, "申请人,申请人类型,收到申请日期,申请内容\n");
        UserError e = assertThrows(UserError.class, () -> ctx.requestTransfer().read(file));
        assertTrue(e.getMessage().contains("没有数据行"), e.getMessage());
    }

    // Issue 14, items 3 and 12: a 40,000-character cell broke every later export; NUL bytes were stored.
    @Test
    void a_cell_over_excels_limit_is_refused_naming_the_field_and_nul_bytes_are_stripped() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "申请人,申请人类型,收到申请日期,申请内容\n张\u0000三,自然人,2025-03-05," + "字".repeat(40_000)
                + "\n李四,自然人,2025-03-06,决算\n");
        RequestTransfer transfer = ctx.requestTransfer();
        SheetTable table = transfer.read(file);
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, transfer.mappingFor(table));
        assertEquals(1, preview.invalidRows().size());
        assertTrue(preview.problemLines().get(0).contains("申请内容") && preview.problemLines().get(0).contains("32767"),
                preview.problemLines().toString());
        assertEquals(1, preview.validValues().size());
        Path file2 = dir.resolve("nul.csv");
        Files.writeString(file2, "申请人,申请人类型,收到申请日期,申请内容\n张\u0000三,自然人,2025-03-05,预\u0000算\n");
        SheetTable t2 = transfer.read(file2);
        ImportPreview<ImportedRequest, ImportField> p2 = transfer.preview(t2, transfer.mappingFor(t2));
        assertEquals("张三", p2.validValues().get(0).intake().applicant().name());
        assertEquals("预算", p2.validValues().get(0).intake().content());
    }
}
