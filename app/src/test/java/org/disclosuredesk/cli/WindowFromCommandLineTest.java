// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** {@code --db FILE} with no command opens the window on FILE, as a desktop shortcut would start it. */
class WindowFromCommandLineTest {

    @Test
    void db_without_a_command_opens_the_window_on_that_file() {
        List<Path> opened = new ArrayList<>();
        RootCommand root = new RootCommand();
        root.window = opened::add;
        StringWriter out = new StringWriter();
        CommandLine cmd = CliApp.commandLine(root);
        cmd.setOut(new PrintWriter(out, true));
        assertEquals(0, cmd.execute("--db", "办公室/desk.db"));
        assertEquals(List.of(Path.of("办公室/desk.db")), opened);
        assertEquals("", out.toString(), "no usage printed");
    }

    @Test
    void no_db_and_no_command_still_prints_the_usage() {
        List<Path> opened = new ArrayList<>();
        RootCommand root = new RootCommand();
        root.window = opened::add;
        StringWriter out = new StringWriter();
        CommandLine cmd = CliApp.commandLine(root);
        cmd.setOut(new PrintWriter(out, true));
        cmd.execute();
        assertTrue(opened.isEmpty());
        assertTrue(out.toString().contains("disclosure-desk"), out.toString());
    }
}
