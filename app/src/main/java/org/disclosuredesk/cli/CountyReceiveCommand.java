// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.consolidation.ReceiveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "receive", description = "接收上报数据包（可一次多个，或一个文件夹）：逐个校验，损坏、被改动、年度不符或版本更新的数据包不导入。有未导入的文件时退出码为 1。")
final class CountyReceiveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "汇总年度")
    int year;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "数据包文件或文件夹")
    List<Path> files;

    @Option(names = "--json", description = "以 JSON 输出每个文件的结果")
    boolean json;

    @Override
    public void run() {
        List<ReceiveOutcome> outcomes = Commands.context(spec).consolidation().receive(year, files);
        if (json) {
            Commands.printJson(spec, outcomes.stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", o.file().toString());
                m.put("result", o.kind().name());
                m.put("organ", o.organ());
                m.put("message", o.message());
                return m;
            }).toList());
        } else {
            outcomes.forEach(o -> Commands.out(spec).println(o.file().getFileName() + "\t" + o.kind().label()
                    + (o.organ().isEmpty() ? "" : "\t" + o.organ()) + "\t" + o.message()));
        }
        if (outcomes.stream().anyMatch(o -> o.kind() == ReceiveOutcome.Kind.REFUSED)) {
            throw new CountyReceiveCommand.SomeRefused(outcomes.stream().filter(o -> o.kind() == ReceiveOutcome.Kind.REFUSED).count());
        }
    }

    /** Exit 1 when any file was refused, after every file's line was printed. */
    static final class SomeRefused extends org.disclosuredesk.shared.UserError {
        SomeRefused(long n) {
            super(n + " 个文件未导入，原因见上。");
        }
    }
}
