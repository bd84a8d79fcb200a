// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.transfer.RegisterColumn;
import org.disclosuredesk.register.transfer.RegisterImporter;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.shared.transfer.ImportProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {"从 .xlsx 或 .csv 导入台账：先逐行检查，有错的行列出并跳过，",
    "其余各行在一个事务中全部导入（任何一行写入失败则全部不导入）。列对应会被记住供下次使用。"})
final class RegisterImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = ".xlsx 或 .csv 文件")
    Path file;

    @Option(names = "--mapping", paramLabel = "FILE", description = "列对应 JSON 文件，例如 {\"文件标题\": \"title\", \"印发日期\": \"written_on\"}")
    Path mapping;

    @Option(names = "--dry-run", description = "只检查，不导入")
    boolean dryRun;

    @Option(names = "--json", description = "以 JSON 输出结果")
    boolean json;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        RegisterImporter importer = ctx.registerImporter();
        ColumnMapping<RegisterColumn> chosen = mapping == null ? null : RegisterImporter.readMappingFile(mapping);
        ImportPreview<DocumentDraft, RegisterColumn> preview = importer.preview(file, chosen, BackgroundTask.Progress.NONE);
        int imported = 0;
        if (!dryRun) {
            if (!preview.canImport()) {
                printProblems(preview);
                throw new UserError("“" + file.getFileName() + "”中没有可导入的行（" + preview.problems().size() + " 处错误），台账没有改动。");
            }
            imported = importer.commit(preview, BackgroundTask.Progress.NONE);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("rows_read", preview.rowsRead());
            m.put("file_lines", preview.fileLines());
            m.put("valid_rows", preview.validCount());
            m.put("imported", imported);
            m.put("dry_run", dryRun);
            m.put("mapping", preview.mapping().byHeading().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().key(), (a, b) -> a, LinkedHashMap::new)));
            m.put("problems", preview.problems().stream().map(p -> {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("row", p.rowNumber());
                pm.put("column", p.column());
                pm.put("message", p.message());
                return pm;
            }).collect(Collectors.toList()));
            Commands.printJson(spec, m);
        } else {
            printProblems(preview);
            Commands.out(spec).println("读取 " + preview.rowsRead() + " 行数据（文件共 " + preview.fileLines() + " 行），有效 " + preview.validCount() + " 行，"
                    + (dryRun ? "未导入（--dry-run）。" : "已导入 " + imported + " 行。"));
        }
    }

    private void printProblems(ImportPreview<DocumentDraft, RegisterColumn> preview) {
        for (ImportProblem p : preview.problems()) {
            Commands.out(spec).println(p.describe());
        }
    }
}
