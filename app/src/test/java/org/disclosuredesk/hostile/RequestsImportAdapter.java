// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.transfer.ImportField;
import org.disclosuredesk.requests.transfer.RequestTransfer;
import org.disclosuredesk.requests.transfer.SheetTable;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ImportPreview;

/**
 * 依申请公开 → 导入已有台账 (.xlsx/.csv), as {@code requests import FILE} runs it: every row checked,
 * then all rows in one go — any bad row and nothing is imported.
 */
final class RequestsImportAdapter implements ImporterAdapter {

    private static final List<Object> HEADINGS = List.of("序号", "申请人姓名", "申请人类别", "申请方式", "收件日期", "申请内容", "处理结果", "办结日期");

    @Override
    public String name() {
        return "requests import";
    }

    @Override
    public List<Path> validFiles(Path dir) throws Exception {
        return List.of(
                HostileFiles.xlsx(dir, "依申请台账.xlsx", rows(
                        row(1, "张三", "自然人", "当面", new HostileFiles.ExcelDate(LocalDate.of(2025, 3, 5)), "道路改造立项批复", "予以公开",
                                new HostileFiles.ExcelDate(LocalDate.of(2025, 3, 20))),
                        row(2, "某科技有限公司", "法人或其他组织-商业企业", "邮寄", 45726, "招标文件", "3.4", 45740),
                        row(3, "李四", "公民", "网上申请", "2025年4月1日", "拆迁补偿标准", null, null))),
                HostileFiles.csv(dir, "依申请台账-gbk.csv", Charset.forName("GBK"), List.of(
                        List.of("申请人", "申请人类型", "收到申请日期", "申请内容", "办理结果", "答复日期"),
                        List.of("张三, 城关镇", "自然人", "2025/3/5", "关于\"老旧小区\"改造的批复", "本机关不掌握相关政府信息", "2025.3.20"),
                        List.of("某研究院", "科研机构", "45721", "科研经费", "", ""))),
                HostileFiles.csv(dir, "依申请台账-utf8.csv", StandardCharsets.UTF_8, List.of(
                        List.of("申请人", "申请人类型", "收到申请日期", "申请内容"),
                        List.of("王五", "自然人", "20250305", "规划许可"))));
    }

    @Override
    public List<BrokenInput> brokenInputs(Path dir) throws Exception {
        return List.of(
                BrokenInput.refused("an empty .xlsx file", HostileFiles.empty(dir, "empty.xlsx"), "empty.xlsx"),
                BrokenInput.refused("an empty .csv file", HostileFiles.empty(dir, "empty.csv"), "没有数据"),
                BrokenInput.refused("a .xlsx that is a zip of something else", HostileFiles.zipOfSomethingElse(dir, "照片.xlsx"), "照片.xlsx"),
                BrokenInput.accepted("a GBK .csv from Excel on a Chinese Windows",
                        HostileFiles.csv(dir, "gbk.csv", Charset.forName("GBK"), List.of(List.of("申请人", "申请人类型", "收到申请日期", "申请内容"),
                                List.of("欧阳娜娜", "自然人", "2025/3/5", "关于城关镇老旧小区改造的批复"))),
                        ctx -> assertEquals(List.of("欧阳娜娜"), applicants(ctx))),
                BrokenInput.accepted("dates as Excel serial numbers, with and without a date format, and as text",
                        HostileFiles.xlsx(dir, "serial.xlsx", rows(
                                row(1, "甲", "自然人", "当面", new HostileFiles.ExcelDate(LocalDate.of(2025, 3, 5)), "一", null, null),
                                row(2, "乙", "自然人", "当面", 45721, "二", null, null),
                                row(3, "丙", "自然人", "当面", "2025年3月5日", "三", null, null))),
                        ctx -> assertEquals(List.of(LocalDate.of(2025, 3, 5)), ctx.requests().ledger(2025).stream()
                                .map(v -> v.request().receivedOn()).distinct().collect(Collectors.toList()))),
                BrokenInput.refused("a formula without a saved value in a date cell", HostileFiles.xlsx(dir, "formula.xlsx", rows(
                                row(1, "甲", "自然人", "当面", new HostileFiles.Formula("DATE(2025,3,5)"), "一", null, null),
                                row(2, "乙", "自然人", "当面", "2025-03-05", "二", null, null))),
                        "第 2 行"),
                BrokenInput.refused("a date that does not exist and an unknown result, each named by row and field",
                        HostileFiles.xlsx(dir, "bad.xlsx", rows(
                                row(1, "甲", "自然人", "当面", "2025-13-01", "一", null, null),
                                row(2, "乙", "自然人", "当面", "2025-03-06", "二", "大概公开了", "2025-03-10"))),
                        "第 2 行：收到申请日期“2025-13-01”不是存在的日期"),
                BrokenInput.accepted("a huge cell of request content is kept whole", HostileFiles.xlsx(dir, "huge.xlsx", rows(
                                row(1, "甲", "自然人", "当面", "2025-03-05", HostileFiles.HUGE_CELL, null, null))),
                        ctx -> assertEquals(HostileFiles.HUGE_CELL, ctx.requests().ledger(2025).get(0).request().intake().content())));
    }

    @Override
    public String run(AppContext context, Path file) {
        RequestTransfer transfer = context.requestTransfer();
        SheetTable table = transfer.read(file);
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, transfer.mappingFor(table));
        List<String> problems = preview.problemLines();
        if (!problems.isEmpty()) {
            throw new UserError("有 " + preview.invalidRows().size() + " 行有问题，没有导入任何记录：" + String.join("；", problems));
        }
        int before = context.database().tableCounts().get("request");
        List<Request> stored = transfer.importValid(preview);
        int after = context.database().tableCounts().get("request");
        if (stored.size() != preview.validValues().size() || after != before + stored.size()) {
            throw new AssertionError("partial import: " + preview.validValues().size() + " rows, " + stored.size()
                    + " stored, table " + before + " → " + after);
        }
        return "";
    }

    private static List<String> applicants(AppContext ctx) {
        return ctx.requests().ledger(2025).stream().map(v -> v.request().applicant().name()).sorted().collect(Collectors.toList());
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
