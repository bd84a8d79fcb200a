// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.consolidation.OfficeStatus;
import org.disclosuredesk.consolidation.StoredPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", description = "各单位报送情况：已报送或未报送、草稿或定稿、校验结果、是否收到两份不同数据。")
final class CountyStatusCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "汇总年度")
    int year;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        List<OfficeStatus> rows = Commands.context(spec).consolidation().status(year);
        if (json) {
            Commands.printJson(spec, rows.stream().map(CountyStatusCommand::json).toList());
            return;
        }
        for (OfficeStatus s : rows) {
            Commands.out(spec).println(s.name() + "\t" + s.kind().label() + "\t" + s.situation());
            s.failedChecks().forEach(f -> Commands.out(spec).println("    " + f));
        }
    }

    private static Map<String, Object> json(OfficeStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("office", s.name());
        m.put("kind", s.kind().name());
        m.put("listed", s.listed());
        m.put("received", s.received());
        m.put("state", s.counted().map(p -> p.content().state().name()).orElse(null));
        m.put("package_id", s.counted().map(StoredPackage::id).orElse(null));
        m.put("versions", s.versions());
        m.put("failed_checks", s.failedChecks());
        m.put("situation", s.situation());
        return m;
    }
}
