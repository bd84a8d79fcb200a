// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A test's command-line session: runs commands as the launcher would and keeps what the last one printed. */
final class CliRun {

    private static final String LEDGER_HEADING = "申请人,申请人类型,收到申请日期,申请内容,办理结果,答复日期\r\n";

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** The exit code; the database named by {@code --db} is created first if missing (see {@link CreatedDatabase}). */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), CreatedDatabase.in(args));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** {@code dir/desk.db} with a request log imported from {@code rows} (CSV under the usual 台账 heading). */
    Path ledger(Path dir, String... rows) throws IOException {
        Path db = dir.resolve("desk.db");
        Path csv = dir.resolve("台账.csv");
        Files.write(csv, (LEDGER_HEADING + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("--db", db.toString(), "requests", "import", csv.toString()), err());
        return db;
    }
}
