// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.consolidation.ConsolidationService;
import org.disclosuredesk.consolidation.OfficeKind;
import org.disclosuredesk.consolidation.ReportingOffice;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "offices", description = "应报单位名单：列出、加入（--add）、从文本文件导入（--import，每行一个单位，可跟类别）、移除（--remove）。")
final class CountyOfficesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--add", paramLabel = "NAME", description = "加入一个单位")
    String add;

    @Option(names = "--kind", paramLabel = "KIND", description = "单位类别：县直部门、乡镇（街道）、县人民政府（默认县直部门）")
    String kind;

    @Option(names = "--import", paramLabel = "FILE", description = "从文本文件导入名单（UTF-8，每行「单位名称[,类别]」）")
    Path importFile;

    @Option(names = "--remove", paramLabel = "NAME", description = "从名单移除一个单位")
    String remove;

    @Option(names = "--json", description = "以 JSON 输出名单")
    boolean json;

    @Override
    public void run() {
        ConsolidationService county = Commands.context(spec).consolidation();
        if (add != null) {
            OfficeKind k = kind == null ? OfficeKind.DEPARTMENT : OfficeKind.parse(kind)
                    .orElseThrow(() -> new UserError("单位类别「" + kind + "」无法识别：应为县直部门、乡镇（街道）或县人民政府。"));
            county.addOffice(add, k);
        }
        if (importFile != null) {
            try {
                int added = county.importOffices(Files.readAllLines(importFile, StandardCharsets.UTF_8));
                if (!json) {
                    Commands.out(spec).println("已加入 " + added + " 个单位。");
                }
            } catch (IOException e) {
                throw new UserError("无法读取名单文件「" + importFile + "」：" + e.getMessage(), e);
            }
        }
        if (remove != null) {
            county.removeOffice(remove);
        }
        List<ReportingOffice> offices = county.offices();
        if (json) {
            Commands.printJson(spec, offices.stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", o.name());
                m.put("kind", o.kind().name());
                m.put("kind_label", o.kind().label());
                return m;
            }).toList());
        } else {
            offices.forEach(o -> Commands.out(spec).println(o.name() + "\t" + o.kind().label()));
        }
    }
}
