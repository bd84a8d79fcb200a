// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import static org.disclosuredesk.register.transfer.Sheets.row;
import static org.disclosuredesk.register.transfer.Sheets.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** req~register.import~1: preview with per-row errors, then all valid rows in one transaction or none. */
// [utest->req~register.import~1]
class RegisterImporterTest {

    private static final Object[] HEADINGS = row("索引号", "文号", "文件标题", "发文机关", "成文日期", "发布日期", "文种", "有效性", "废止日期", "公开方式");

    @TempDir
    Path dir;

    private AppContext ctx;
    private RegisterImporter importer;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        OrgSettings s = OrgSettings.defaultsFor("示例县人民政府办公室");
        ctx.settings().save(new OrgSettings(s.officeName(), s.organName(), "", "依申请", 5, 3,
                "11520000MB1234567X/{year}-{seq:5}", "测试员"));
        importer = ctx.registerImporter();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void the_preview_names_each_bad_row_and_the_valid_rows_are_imported() throws Exception {
        int serial = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.of(2025, 3, 5));
        Path file = xlsx(dir.resolve("台账.xlsx"), HEADINGS,
                row("11520000MB1234567X/2025-00001", "示府办发[2025]1号", "关于A的通知", "县政府办", LocalDate.of(2025, 3, 3), "2025.3.10", "其他公文", "现行有效", null, "门户网站、政务微信"),
                row("11520000MB1234567X/2025-00002", "2025年第2号", "文号不对", "县政府办", "2025-03-03", null, "其他公文", null, null, null),
                row("11520000MB1234567X/2025-00003", "示府办发〔2025〕3号", "日期不对", "县政府办", "2025-02-30", "下周", "其他公文", null, null, null),
                row("11520000MB1234567X/2025-00004", "示府办发〔2025〕4号", "文种不对", "县政府办", "2025-03-03", null, "通知", null, null, null),
                row("11520000MB1234567X/2025-00005", "示府规〔2025〕1号", "Excel 序列号日期", "县政府", serial, serial + 5, "规范性文件", "有效", null, "政府网站"),
                row(null, null, null, null, null, null, null, null, null, null),
                row("11520000MB1234567X/2025-00006", "示府规〔2025〕2号", "已废止的办法", "县政府", "20250103", "2025-01-06", "行政规范性文件", "已废止", "2025年5月1日", null));

        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);

        assertEquals(6, preview.rowsRead());
        assertEquals(List.of(2, 6, 8), preview.validRows().stream().map(ImportPreview.Row::rowNumber).toList());
        assertEquals(3, preview.rowsWithProblems());
        assertProblem(preview, 3, "文号", "格式不对");
        assertProblem(preview, 4, "成文日期", "不是存在的日期");
        assertProblem(preview, 4, "发布日期", "不是日期");
        assertProblem(preview, 5, "文种", "“通知”不是可用的值");
        assertEquals(0, ctx.register().count(RegisterQuery.ALL), "a preview writes nothing");

        assertEquals(3, importer.commit(preview, BackgroundTask.Progress.NONE));

        List<RegisterEntry> stored = ctx.register().list(RegisterQuery.ALL);
        assertEquals(3, stored.size());
        DocumentDraft a = byTitle(stored, "关于A的通知");
        assertEquals("示府办发〔2025〕1号", a.docNumber());
        assertEquals(LocalDate.of(2025, 3, 3), a.writtenOn());
        assertEquals(LocalDate.of(2025, 3, 10), a.publishedOn());
        assertEquals(List.of(PublicationChannel.GOVERNMENT_WEBSITE, PublicationChannel.NEW_MEDIA), a.channels());
        DocumentDraft serialRow = byTitle(stored, "Excel 序列号日期");
        assertEquals(LocalDate.of(2025, 3, 5), serialRow.writtenOn());
        assertEquals(LocalDate.of(2025, 3, 10), serialRow.publishedOn());
        assertEquals(DocType.NORMATIVE_DOCUMENT, serialRow.docType());
        DocumentDraft abolished = byTitle(stored, "已废止的办法");
        assertEquals(Validity.ABOLISHED, abolished.validity());
        assertEquals(LocalDate.of(2025, 5, 1), abolished.validityChangedOn());
        assertEquals(1, ctx.register().tableTwo(2025).normativeDocuments().abolished());
    }

    @Test
    void duplicates_in_the_file_and_in_the_register_are_row_errors() throws Exception {
        ctx.register().create(DocumentDraft.builder().title("已登记的通知").docNumber("示府办发〔2025〕9号")
                .writtenOn(LocalDate.of(2025, 1, 2)).build());
        Path file = xlsx(dir.resolve("dup.xlsx"), HEADINGS,
                row(null, "示府办发〔2025〕9号", "与台账重复", "县政府办", "2025-03-03", null, null, null, null, null),
                row(null, "示府办发〔2025〕10号", "第一次出现", "县政府办", "2025-03-03", null, null, null, null, null),
                row(null, "示府办发(2025)10号", "与上一行重复", "县政府办", "2025-03-03", null, null, null, null, null));

        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);

        assertEquals(List.of(3), preview.validRows().stream().map(ImportPreview.Row::rowNumber).toList());
        assertProblem(preview, 2, "文号", "已登记：《已登记的通知》");
        assertProblem(preview, 4, "文号", "与第 3 行重复");
    }

    @Test
    void a_malformed_workbook_changes_nothing() throws Exception {
        ctx.register().create(DocumentDraft.builder().title("原有文件").writtenOn(LocalDate.of(2025, 1, 2)).build());
        int auditBefore = ctx.database().tableCounts().get("audit_log");
        Path garbage = dir.resolve("坏表.xlsx");
        Files.write(garbage, new byte[] {'P', 'K', 3, 4, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Path notAWorkbook = dir.resolve("压缩包.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notAWorkbook))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }

        for (Path bad : List.of(garbage, notAWorkbook)) {
            UserError e = assertThrows(UserError.class, () -> importer.preview(bad, null, BackgroundTask.Progress.NONE));
            assertTrue(e.getMessage().contains("台账没有改动"), e.getMessage());
        }

        assertEquals(1, ctx.register().count(RegisterQuery.ALL));
        assertEquals(auditBefore, ctx.database().tableCounts().get("audit_log"));
    }

    @Test
    void a_sheet_without_a_title_column_is_refused() throws Exception {
        Path file = xlsx(dir.resolve("无标题列.xlsx"), row("文号", "成文日期"), row("示府办发〔2025〕1号", "2025-03-03"));
        UserError e = assertThrows(UserError.class, () -> importer.preview(file, null, BackgroundTask.Progress.NONE));
        assertTrue(e.getMessage().contains("找不到“标题”列"), e.getMessage());
    }

    @Test
    void the_import_is_all_or_nothing() throws Exception {
        Path file = xlsx(dir.resolve("all.xlsx"), HEADINGS,
                row(null, "示府办发〔2025〕21号", "第一件", "县政府办", "2025-03-03", null, null, null, null, null),
                row(null, "示府办发〔2025〕22号", "第二件", "县政府办", "2025-03-03", null, null, null, null, null));
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);
        // Someone registers the second 文号 between the preview and the import.
        ctx.register().create(DocumentDraft.builder().title("抢先登记").docNumber("示府办发〔2025〕22号")
                .writtenOn(LocalDate.of(2025, 3, 1)).build());

        UserError e = assertThrows(UserError.class, () -> importer.commit(preview, BackgroundTask.Progress.NONE));

        assertTrue(e.getMessage().contains("没有改动"), e.getMessage());
        assertEquals(1, ctx.register().count(RegisterQuery.ALL));
    }

    @Test
    void a_locked_year_refuses_the_whole_import() throws Exception {
        ctx.database().inTransaction(() -> ctx.yearLocks().lock(2024));
        Path file = xlsx(dir.resolve("locked.xlsx"), HEADINGS,
                row(null, null, "2025年的", "县政府办", "2025-03-03", null, null, null, null, null),
                row(null, null, "2024年的", "县政府办", "2024-03-03", null, null, null, null, null));
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);
        assertThrows(UserError.class, () -> importer.commit(preview, BackgroundTask.Progress.NONE));
        assertEquals(0, ctx.register().count(RegisterQuery.ALL));
    }

    @Test
    void a_gbk_csv_from_excel_is_read() throws Exception {
        String csv = "文件标题,文号,成文日期,文种,公开方式\r\n"
                + "\"关于印发《示例县“十五五”规划纲要》的通知\",示府发〔2025〕1号,2025/3/3,其他公文,\"政府网站,政府公报\"\r\n"
                + "\"多行\n标题\",示府发〔2025〕2号,2025年3月4日,规章,\r\n";
        Path file = dir.resolve("台账.csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));

        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);

        assertEquals(List.of(), preview.problems());
        assertEquals(2, preview.validRows().size());
        DocumentDraft first = preview.validRows().get(0).value();
        assertEquals("关于印发《示例县“十五五”规划纲要》的通知", first.title());
        assertEquals(List.of(PublicationChannel.GOVERNMENT_WEBSITE, PublicationChannel.GOVERNMENT_GAZETTE), first.channels());
        assertEquals("多行\n标题", preview.validRows().get(1).value().title());
        assertEquals(DocType.RULE, preview.validRows().get(1).value().docType());
    }

    @Test
    void the_column_mapping_is_remembered_for_the_next_import() throws Exception {
        Object[] headings = row("名字", "日子", "编号");
        Path first = xlsx(dir.resolve("一.xlsx"), headings, row("第一份", "2025-03-03", "示府发〔2025〕1号"));
        ColumnMapping<RegisterColumn> mine = RegisterImporter.fromJson("{\"名字\": \"title\", \"日子\": \"成文日期\", \"编号\": \"doc_number\"}", "test");
        importer.commit(importer.preview(first, mine, BackgroundTask.Progress.NONE), BackgroundTask.Progress.NONE);

        Path second = xlsx(dir.resolve("二.xlsx"), headings, row("第二份", "2025-03-04", "示府发〔2025〕2号"));
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(second, null, BackgroundTask.Progress.NONE);

        assertEquals(Map.of("名字", RegisterColumn.TITLE, "日子", RegisterColumn.WRITTEN_ON, "编号", RegisterColumn.DOC_NUMBER),
                preview.mapping().byHeading());
        assertEquals("第二份", preview.validRows().get(0).value().title());
    }

    @Test
    void an_old_xls_file_is_read_and_a_broken_one_says_what_to_do() throws Exception {
        Path xls = dir.resolve("旧表.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(xls)) {
            var sheet = book.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("文件标题");
            sheet.getRow(0).createCell(1).setCellValue("成文日期");
            sheet.createRow(1).createCell(0).setCellValue("旧表里的通知");
            sheet.getRow(1).createCell(1).setCellValue("2025-03-03");
            book.write(out);
        }
        ImportPreview<DocumentDraft, RegisterColumn> old = importer.preview(xls, null, BackgroundTask.Progress.NONE);
        assertEquals("旧表里的通知", old.validRows().get(0).value().title());
        UserError e = assertThrows(UserError.class, () -> importer.preview(Files.write(dir.resolve("坏表.xls"), new byte[] {1}),
                null, BackgroundTask.Progress.NONE));
        assertTrue(e.getMessage().contains("另存为"), e.getMessage());
    }

    @Test
    // [utest->req~register.export~1]
    void an_exported_view_imports_again() throws Exception {
        ctx.register().create(DocumentDraft.builder().title("关于A的通知").docNumber("示府办发〔2025〕1号")
                .indexNumber("11520000MB1234567X/2025-00001").writtenOn(LocalDate.of(2025, 3, 3))
                .publishedOn(LocalDate.of(2025, 4, 30)).channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE))
                .docType(DocType.NORMATIVE_DOCUMENT).build());
        ctx.register().create(DocumentDraft.builder().title("2024年的文件").writtenOn(LocalDate.of(2024, 3, 3)).build());
        Path out = dir.resolve("导出/台账2025.xlsx");

        int written = ctx.registerExporter().export(RegisterQuery.ofYear(2025), out, BackgroundTask.Progress.NONE);

        assertEquals(1, written);
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
        try (AppContext other = new AppContext(Database.open(dir.resolve("other/t.db")), ctx.clock())) {
            RegisterImporter otherImporter = other.registerImporter();
            ImportPreview<DocumentDraft, RegisterColumn> preview = otherImporter.preview(out, null, BackgroundTask.Progress.NONE);
            assertEquals(List.of(), preview.problems());
            otherImporter.commit(preview, BackgroundTask.Progress.NONE);
            DocumentDraft back = other.register().list(RegisterQuery.ALL).get(0).document();
            DocumentDraft original = ctx.register().list(RegisterQuery.ofYear(2025)).get(0).document();
            assertEquals(original, back);
        }
    }

    private static void assertProblem(ImportPreview<DocumentDraft, RegisterColumn> preview, int row, String column, String text) {
        assertTrue(preview.problems().stream().anyMatch(p -> p.rowNumber() == row && column.equals(p.column())
                && p.message().contains(text)), "expected row " + row + " " + column + " ~ " + text + " in " + preview.problems());
    }

    private static DocumentDraft byTitle(List<RegisterEntry> entries, String title) {
        return entries.stream().map(RegisterEntry::document).filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    // Issue 14, item 2: register import read 2 of 4 rows and never mentioned the other two.
    @Test
    void an_unclosed_quote_is_refused_naming_its_line() throws Exception {
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "文件标题,成文日期\n第一份,2025-03-03\n\"第二份,2025-03-04\n第三份,2025-03-05\n第四份,2025-03-06\n");
        UserError e = assertThrows(UserError.class, () -> importer.preview(file, null, BackgroundTask.Progress.NONE));
        assertTrue(e.getMessage().contains("第 3 行的引号没有闭合"), e.getMessage());
    }

    @Test
    void the_preview_shows_the_rows_read_against_the_files_line_count() throws Exception {
        Path file = dir.resolve("lines.csv");
        Files.writeString(file, "文件标题,成文日期\n第一份,2025-03-03\n\n第二份,2025-03-04\n");
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);
        assertEquals(2, preview.rowsRead());
        assertEquals(4, preview.fileLines());
    }

    // Issue 14, item 12: a header-only file said 「请先改正预览中列出的问题」 with nothing listed.
    @Test
    void a_header_only_file_says_it_has_no_rows() throws Exception {
        Path file = xlsx(dir.resolve("head.xlsx"), HEADINGS);
        UserError e = assertThrows(UserError.class, () -> importer.preview(file, null, BackgroundTask.Progress.NONE));
        assertTrue(e.getMessage().contains("没有数据行"), e.getMessage());
    }

    // Issue 14, item 3: a 40,000-character cell imported, then broke every later export of that year.
    @Test
    void a_cell_over_excels_limit_is_refused_naming_the_field_and_the_limit() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "文件标题,成文日期\n" + "长".repeat(40_000) + ",2025-03-03\n第二份,2025-03-04\n");
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);
        assertEquals(1, preview.validCount());
        assertProblem(preview, 2, "文件标题", "32767");
    }

    // Issue 19: the preview keeps no more rows than it shows; the commit reads the file again.
    @Test
    void a_preview_keeps_a_sample_and_the_commit_stores_every_valid_row_from_the_file() throws Exception {
        StringBuilder csv = new StringBuilder("文件标题,成文日期\n");
        for (int i = 1; i <= 250; i++) {
            csv.append("第").append(i).append("份,2025-03-03\n");
        }
        csv.append(",下周\n第二五二份,2025-02-30\n");
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);
        assertEquals(250, preview.validCount());
        assertEquals(RegisterImporter.SAMPLE_ROWS, preview.validRows().size());
        assertEquals(250, importer.commit(preview, BackgroundTask.Progress.NONE));
        assertEquals(250, ctx.register().count(RegisterQuery.ALL));
    }

    @Test
    void a_file_changed_after_the_preview_is_not_imported() throws Exception {
        Path file = Files.writeString(dir.resolve("changed.csv"), "文件标题,成文日期\n第一份,2025-03-03\n");
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);
        Files.writeString(file, "文件标题,成文日期\n第一份,2025-03-03\n第二份,2025-03-04\n");
        UserError e = assertThrows(UserError.class, () -> importer.commit(preview, BackgroundTask.Progress.NONE));
        assertTrue(e.getMessage().contains("重新预览"), e.getMessage());
        assertEquals(0, ctx.register().count(RegisterQuery.ALL));
    }
}
