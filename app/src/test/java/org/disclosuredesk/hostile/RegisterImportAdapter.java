// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.transfer.RegisterColumn;
import org.disclosuredesk.register.transfer.RegisterImporter;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.shared.transfer.ImportProblem;

/**
 * 主动公开台账 → 导入 (.xlsx/.csv), as {@code register import FILE} runs it: a preview that checks every
 * row, then the valid rows in one transaction; rows with problems are named and skipped.
 */
final class RegisterImportAdapter implements ImporterAdapter {

    private static final List<Object> HEADINGS = List.of("索引号", "文号", "文件标题", "发文机关", "成文日期", "发布日期", "文种", "有效性", "公开方式");
    private static final String GBK_TITLE = "关于印发《示例县“十五五”规划纲要》的通知";

    @Override
    public String name() {
        return "register import";
    }

    @Override
    public void prepare(AppContext context) {
        OrgSettings s = OrgSettings.defaultsFor("示例县人民政府办公室");
        context.settings().save(new OrgSettings(s.officeName(), s.organName(), "", "依申请", 5, 3,
                "11520000MB1234567X/{year}-{seq:5}", "测试员"));
    }

    @Override
    public List<Path> validFiles(Path dir) throws Exception {
        return List.of(
                HostileFiles.xlsx(dir, "台账.xlsx", rows(
                        row("11520000MB1234567X/2025-00001", "示府办发〔2025〕1号", "关于做好春节期间安全生产工作的通知", "示例县人民政府办公室",
                                new HostileFiles.ExcelDate(LocalDate.of(2025, 1, 20)), "2025-01-22", "其他公文", "现行有效", "政府网站"),
                        row("11520000MB1234567X/2025-00002", "示府发〔2025〕2号", "示例县政府信息公开工作实施办法", "示例县人民政府",
                                "2025.3.5", "2025年3月7日", "行政规范性文件", "现行有效", "政府网站、政府公报"),
                        row("11520000MB1234567X/2025-00003", "示府办发〔2025〕3号", "关于开展森林防火检查的通知", "示例县人民政府办公室",
                                "20250410", null, "其他公文", null, null))),
                HostileFiles.csv(dir, "台账-gbk.csv", Charset.forName("GBK"), List.of(
                        List.of("文件标题", "文号", "成文日期", "文种", "公开方式"),
                        List.of(GBK_TITLE, "示府发〔2025〕11号", "2025/3/3", "其他公文", "政府网站,政府公报"),
                        List.of("多行\n标题", "示府发〔2025〕12号", "2025年3月4日", "规章", ""))),
                HostileFiles.csv(dir, "台账-utf8.csv", StandardCharsets.UTF_8, List.of(
                        List.of("标题", "文号", "成文日期"),
                        List.of("关于调整县城公交线路的通告", "示交通〔2025〕5号", "2025-05-06"))));
    }

    @Override
    public List<BrokenInput> brokenInputs(Path dir) throws Exception {
        return List.of(
                BrokenInput.refused("an empty .xlsx file", HostileFiles.empty(dir, "empty.xlsx"), "empty.xlsx"),
                BrokenInput.refused("an empty .csv file", HostileFiles.empty(dir, "empty.csv"), "空表"),
                BrokenInput.refused("a .xlsx that is a zip of something else", HostileFiles.zipOfSomethingElse(dir, "照片.xlsx"), "照片.xlsx"),
                BrokenInput.accepted("a GBK .csv from Excel on a Chinese Windows",
                        HostileFiles.csv(dir, "gbk.csv", Charset.forName("GBK"), List.of(List.of("文件标题", "文号", "成文日期"),
                                List.of(GBK_TITLE, "示府发〔2025〕1号", "2025/3/3"))),
                        ctx -> assertEquals(List.of(GBK_TITLE), titles(ctx))),
                BrokenInput.accepted("dates as Excel serial numbers, with and without a date format, and as text",
                        HostileFiles.xlsx(dir, "serial.xlsx", rows(
                                row(null, "示府发〔2025〕1号", "日期格式的序列号", null, new HostileFiles.ExcelDate(LocalDate.of(2025, 3, 5)), null, null, null, null),
                                row(null, "示府发〔2025〕2号", "没有格式的序列号", null, 45721, null, null, null, null),
                                row(null, "示府发〔2025〕3号", "文本日期", null, "2025年3月5日", null, null, null, null))),
                        ctx -> ctx.register().list(RegisterQuery.ALL).forEach(e ->
                                assertEquals(LocalDate.of(2025, 3, 5), e.document().writtenOn(), e.document().title()))),
                BrokenInput.partly("a duplicated row", HostileFiles.xlsx(dir, "dup.xlsx", rows(
                                row(null, "示府发〔2025〕1号", "关于A的通知", null, "2025-03-03", null, null, null, null),
                                row(null, "示府发〔2025〕1号", "关于A的通知", null, "2025-03-03", null, null, null, null))),
                        "第 3 行", ctx -> assertEquals(List.of("关于A的通知"), titles(ctx))),
                BrokenInput.partly("a cell longer than any title (Excel's 32,767 characters)", HostileFiles.xlsx(dir, "huge.xlsx", rows(
                                row(null, "示府发〔2025〕1号", HostileFiles.HUGE_CELL, null, "2025-03-03", null, null, null, null),
                                row(null, "示府发〔2025〕2号", "正常的标题", null, "2025-03-03", null, null, null, null))),
                        "第 2 行", ctx -> assertEquals(List.of("正常的标题"), titles(ctx))),
                BrokenInput.partly("formulas in cells (no value saved by the program that wrote them)", HostileFiles.xlsx(dir, "formula.xlsx", rows(
                                row(null, "示府发〔2025〕1号", new HostileFiles.Formula("\"关于\"&\"通知\""), null, new HostileFiles.Formula("DATE(2025,3,5)"),
                                        null, null, null, null),
                                row(null, "示府发〔2025〕2号", "正常的标题", null, "2025-03-03", null, null, null, null))),
                        "第 2 行", ctx -> assertTrue(titles(ctx).contains("正常的标题"))),
                BrokenInput.refused("a sheet whose every row is wrong names each row and field", HostileFiles.xlsx(dir, "bad.xlsx", rows(
                                row(null, "2025年第2号", "文号不对", null, "2025-03-03", null, null, null, null),
                                row(null, "示府发〔2025〕3号", "日期不对", null, "2025-02-30", null, null, null, null))),
                        "第 3 行，成文日期"));
    }

    @Override
    public String run(AppContext context, Path file) {
        RegisterImporter importer = context.registerImporter();
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, null, BackgroundTask.Progress.NONE);
        String problems = preview.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("；"));
        if (!preview.canImport()) {
            throw new UserError("“" + file.getFileName() + "”中没有可导入的行，台账没有改动：" + problems);
        }
        int before = context.register().count(RegisterQuery.ALL);
        int stored = importer.commit(preview, BackgroundTask.Progress.NONE);
        int after = context.register().count(RegisterQuery.ALL);
        if (stored != preview.validCount() || after != before + stored) {
            throw new AssertionError("partial import: " + preview.validCount() + " valid rows, " + stored + " stored, register "
                    + before + " → " + after);
        }
        return problems;
    }

    private static List<String> titles(AppContext ctx) {
        return ctx.register().list(RegisterQuery.ALL).stream().map(RegisterEntry::document).map(d -> d.title())
                .sorted().collect(Collectors.toList());
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @SafeVarargs
    private static List<List<Object>> rows(List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADINGS);
        all.addAll(Arrays.asList(rows));
        return all;
    }
}
