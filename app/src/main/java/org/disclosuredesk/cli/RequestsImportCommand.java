// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.transfer.ImportField;
import org.disclosuredesk.requests.transfer.RequestTransfer;
import org.disclosuredesk.requests.transfer.SheetTable;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "从 .xlsx/.xls/.csv 导入已有的依申请公开台账：先检查每一行，全部无误才导入（一次完成，要么全部导入，要么一条也不导入）。")
final class RequestsImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "台账文件")
    Path file;

    @Option(names = "--mapping", paramLabel = "FILE", description = "列对应 JSON，例如 {\"申请人\": \"姓名\", \"收到申请日期\": \"收件日期\"}；不给时用上次的对应或按列标题推断")
    Path mapping;

    @Option(names = "--skip-invalid", description = "有问题的行跳过不导入，其余行照常导入")
    boolean skipInvalid;

    @Option(names = "--json", description = "以 JSON 输出结果")
    boolean json;

    @Override
    public void run() {
        RequestTransfer transfer = Commands.context(spec).requestTransfer();
        SheetTable table = transfer.read(file);
        ColumnMapping<ImportField> columns = transfer.mappingFor(table);
        if (mapping != null) {
            ColumnMapping<ImportField> given = readMapping();
            given.byField().forEach((field, header) -> {
                if (!table.headers().contains(header)) {
                    throw new UserError("列对应文件指定的列“" + header + "”（" + field.label() + "）在文件中不存在。文件中的列："
                            + String.join("、", table.headers()));
                }
            });
            columns = ColumnMapping.guess(table.headers(), given);
        }
        ImportPreview<ImportedRequest, ImportField> preview = transfer.preview(table, columns);
        List<String> problems = preview.problemLines();
        if (!problems.isEmpty() && !skipInvalid) {
            problems.forEach(p -> spec.commandLine().getErr().println(p));
            if (json) { // refused: the problems still go to stdout as JSON, for a script to read
                Map<String, Object> refused = new LinkedHashMap<>();
                refused.put("imported", 0);
                refused.put("refused", true);
                refused.put("problems", problems);
                refused.put("warnings", preview.warningLines());
                Commands.printJson(spec, refused);
            }
            throw new UserError("有 " + preview.invalidRows().size() + " 行有问题，没有导入任何记录。请改正后重试，或加 --skip-invalid 只导入无误的 "
                    + preview.validValues().size() + " 行。");
        }
        List<Request> stored = transfer.importValid(preview);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("imported", stored.size());
            result.put("skipped", preview.invalidRows().size());
            result.put("rows_read", preview.rows().size());
            result.put("file_lines", preview.fileLines());
            result.put("problems", problems);
            result.put("warnings", preview.warningLines());
            result.put("reg_numbers", stored.stream().map(r -> r.number().text()).toList());
            Commands.printJson(spec, result);
        } else {
            problems.forEach(p -> Commands.out(spec).println("跳过 " + p));
            preview.warningLines().forEach(w -> Commands.out(spec).println("请核对 " + w));
            Commands.out(spec).println("已导入 " + stored.size() + " 件申请" + (problems.isEmpty() ? "" : "，跳过 " + preview.invalidRows().size() + " 行")
                    + "（读取 " + preview.rows().size() + " 行数据，文件共 " + preview.fileLines() + " 行）。");
        }
    }

    private ColumnMapping<ImportField> readMapping() {
        try {
            return RequestTransfer.fromJson(Files.readString(mapping), mapping.toString());
        } catch (IOException e) {
            throw new UserError("无法读取列对应文件“" + mapping + "”：" + e.getMessage(), e);
        }
    }
}
