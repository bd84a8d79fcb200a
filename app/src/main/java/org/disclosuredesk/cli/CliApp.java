// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import org.disclosuredesk.shared.LogFile;
import org.disclosuredesk.shared.UserMessages;
import picocli.CommandLine;

/** The command line: exit 0 ok, 1 a user error (one line on stderr), 2 usage. */
public final class CliApp {

    private CliApp() {
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, consoleCharset("sun.stdout.encoding")), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, consoleCharset("sun.stderr.encoding")), true);
        return run(out, err, args);
    }

    /**
     * UTF-8, except in a Windows console: there Java sets {@code sun.stdout.encoding} to the console's code
     * page (GBK/936 in a Chinese office), and UTF-8 bytes would show as mojibake in cmd.exe.
     */
    static Charset consoleCharset(String property) {
        String name = System.getProperty(property);
        try {
            return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (versionOnly(args)) {
            // Answered before picocli builds 40 commands' models: `--version` opens nothing (issue 19).
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            return 0;
        }
        RootCommand root = new RootCommand();
        CommandLine cmd = commandLine(root);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(UserMessages.of(ex));
            logged(root, ex);
            return 1;
        });
        try {
            return cmd.execute(args);
        } finally {
            root.close();
        }
    }

    /** Every failure goes to the log file beside the database, opened only when there is something to write. */
    private static void logged(RootCommand root, Exception ex) {
        LogFile.write(root.databaseFile(), log -> UserMessages.log(log, ex));
    }

    /** Just {@code --version} (or {@code -V}): nothing to parse, open or configure. */
    public static boolean versionOnly(String... args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    static CommandLine commandLine(RootCommand root) {
        CommandLine cmd = new CommandLine(root);
        cmd.addSubcommand(new InitCommand());
        cmd.addSubcommand(new DemoCommand());
        cmd.addSubcommand(new ScreenshotsCommand());
        cmd.addSubcommand(new WorkdaysCommand());
        cmd.addSubcommand(new PlanCommand());
        cmd.addSubcommand(new ReportCommand());
        // Feature commands register here, one line each.
        cmd.addSubcommand(new RequestsCommand());
        cmd.addSubcommand(new RegisterCommand());
        cmd.addSubcommand(new BackupCommand());
        cmd.addSubcommand(new RestoreCommand());
        cmd.addSubcommand(new CheckCommand());
        cmd.addSubcommand(new CountyCommand());
        // After every subcommand is added: picocli hands the bundle down to the subcommands it already has.
        cmd.setResourceBundle(java.util.ResourceBundle.getBundle("cli.help", java.util.Locale.ROOT));
        return cmd;
    }
}
