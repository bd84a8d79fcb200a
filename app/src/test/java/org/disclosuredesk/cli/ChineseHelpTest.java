// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * `--help` of the root and of every subcommand speaks Chinese (issue 13): picocli's headings (用法/选项/命令),
 * the standard options, and every description. Latin words may remain where they are names a clerk types
 * or sees elsewhere: option and command names, parameter labels, file formats and product names.
 */
class ChineseHelpTest {

    /** Names, not English prose: formats, standards, products, units, example values. */
    private static final Set<String> NAMES = Set.of("Disclosure", "Desk", "PDF", "Word", "Excel", "WPS", "JSON", "CSV", "SQLite",
            "SQL", "GB", "T", "docx", "xlsx", "txt", "pdf", "json", "csv", "png", "zip", "db", "desk", "DESK", "DB", "WAL", "DIR", "FILE",
            "YEAR", "JMH", "OS", "UTF", "GBK", "ID", "Ctrl", "Windows", "macOS", "Linux", "JavaFX", "ms", "MB", "KB", "OFL",
            "backups", "damaged", "logs", "x", "N", "ISO", "xls", "true", "false",
            // values of requests notice --kind, typed as they are
            "receipt", "correction", "extension", "longer", "period", "consultation", "fee", "reply");
    /** What a clerk types or a program reads: options, JSON, quoted values, file extensions, flag clusters. */
    private static final Pattern TYPED = Pattern.compile("\\{[^}]*\\}|\"[^\"]*\"|--?[A-Za-z][\\w-]*|\\.[a-z]{2,4}\\b|\\b\\w+_\\w+\\b|\\b[A-Z]{2,}\\b",
            Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

    private static List<CommandLine> all(CommandLine cmd) {
        List<CommandLine> list = new ArrayList<>();
        list.add(cmd);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (!list.contains(sub)) {
                list.addAll(all(sub));
            }
        }
        return list;
    }

    /** Every command's and option's own name anywhere in the tool: a description may point to any of them. */
    private static Set<String> allowed(List<CommandLine> commands) {
        Set<String> ok = new LinkedHashSet<>(NAMES);
        for (CommandLine cmd : commands) {
            ok.addAll(words(cmd.getCommandSpec().qualifiedName()));
            ok.addAll(argNames(cmd.getCommandSpec()));
        }
        return ok;
    }

    private static Set<String> argNames(CommandSpec spec) {
        Set<String> ok = new LinkedHashSet<>();
        for (ArgSpec arg : spec.args()) {
            ok.addAll(words(arg.paramLabel()));
            if (arg instanceof OptionSpec) {
                for (String name : ((OptionSpec) arg).names()) {
                    ok.addAll(words(name));
                }
            }
            if (arg.type().isEnum()) {
                for (Object c : arg.type().getEnumConstants()) {
                    ok.addAll(words(c.toString()));
                }
            }
            for (String c : arg.completionCandidates() == null ? List.<String>of() : toList(arg.completionCandidates())) {
                ok.addAll(words(c));
            }
        }
        return ok;
    }

    private static List<String> toList(Iterable<String> it) {
        List<String> l = new ArrayList<>();
        it.forEach(l::add);
        return l;
    }

    private static List<String> words(String text) {
        List<String> w = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            w.add(m.group());
        }
        return w;
    }

    @Test
    void every_help_page_is_in_chinese() {
        CommandLine root = CliApp.commandLine(new RootCommand());
        List<String> english = new ArrayList<>();
        int pages = 0;
        List<CommandLine> commands = all(root);
        Set<String> ok = allowed(commands);
        for (CommandLine cmd : commands) {
            StringWriter text = new StringWriter();
            cmd.usage(new PrintWriter(text));
            pages++;
            String help = text.toString();
            String name = cmd.getCommandSpec().qualifiedName();
            assertTrue(help.startsWith("用法："), name + ":\n" + help);
            for (String line : TYPED.matcher(help).replaceAll(" ").split("\n")) {
                for (String w : words(line)) {
                    if (!ok.contains(w) && !ok.contains(w.toLowerCase())) {
                        english.add(name + ": " + w + "  ← " + line.strip());
                    }
                }
            }
        }
        assertTrue(pages > 40, "root and every subcommand: " + pages);
        assertEquals(List.of(), english);
    }

    @Test
    void the_root_help_has_chinese_headings_and_standard_options() {
        StringWriter text = new StringWriter();
        CliApp.commandLine(new RootCommand()).usage(new PrintWriter(text));
        String help = text.toString();
        assertTrue(help.contains("用法：") && help.contains("选项：") && help.contains("命令："), help);
        assertTrue(help.contains("显示本帮助并退出。") && help.contains("显示版本信息并退出。"), help);
        assertTrue(!help.contains("Usage:") && !help.contains("Show this help"), help);
    }
}
