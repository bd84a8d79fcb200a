// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.shared.DataLocation;
import org.disclosuredesk.ui.DesktopApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "disclosure-desk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "政务公开工作台 Disclosure Desk：不带参数启动窗口；带参数为命令行工具。",
        subcommandsRepeatable = false,
        // -h/--help (and -V) on every subcommand too: `requests --help` must not be an unknown option.
        scope = picocli.CommandLine.ScopeType.INHERIT)
public final class RootCommand implements Runnable, AutoCloseable {

    @Option(names = "--db", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "数据库文件（默认：用户数据文件夹中的 desk.db，或环境变量 DESK_DB）")
    Path db;

    @Spec
    CommandSpec spec;

    private AppContext context;

    /** Opens the window on a database file; the window, or a test's stand-in. */
    Consumer<Path> window = DesktopApp::launchWindow;

    @Override
    public void run() {
        if (db != null) {
            // `--db FILE` alone means "the window, on this file", as a shortcut on the desktop would start it.
            window.accept(db);
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The app on the chosen database, opened on first use; a missing database is refused. */
    AppContext context() {
        if (context == null) {
            context = AppContext.open(databaseFile());
            saidLeftovers(context.backups().cleanLeftovers());
        }
        return context;
    }

    /** Said on stderr, so a command's JSON on stdout stays clean. */
    private void saidLeftovers(java.util.List<String> removed) {
        if (!removed.isEmpty()) {
            spec.commandLine().getErr().println("已清理上次中断的操作留下的临时文件：" + String.join("、", removed));
        }
    }

    /** The app on the chosen database, created when missing: the {@code init} command only. */
    AppContext createdContext() {
        if (context == null) {
            context = AppContext.create(databaseFile());
        }
        return context;
    }

    Path databaseFile() {
        return DataLocation.resolveForThisMachine(db);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
