// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "创建或升级数据库，并显示其结构版本。")
final class InitCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        AppContext ctx = Commands.createdContext(spec);
        String version = ctx.database().schemaVersion();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("database", ctx.database().file().toString());
            result.put("schema_version", version);
            ctx.database().migrationBackup().ifPresent(b -> result.put("migration_backup", b.toString()));
            Commands.printJson(spec, result);
        } else {
            Commands.out(spec).println("数据库：" + ctx.database().file());
            Commands.out(spec).println("结构版本：" + version);
            ctx.database().migrationBackup().ifPresent(b -> Commands.out(spec).println("升级前备份：" + b));
        }
    }
}
