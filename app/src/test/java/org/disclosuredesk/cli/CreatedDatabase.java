// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.db.Database;

/**
 * Commands other than {@code init} refuse a missing database (issue 14, item 11): tests of those commands
 * create the {@code --db} file first, as the clerk's {@code init} (or first start) would have.
 */
final class CreatedDatabase {

    private CreatedDatabase() {
    }

    /** Returns {@code args} after creating the database named by their {@code --db FILE}, if it is missing. */
    static String[] in(String... args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--db".equals(args[i]) && !Files.exists(Path.of(args[i + 1]))) {
                Database.open(Path.of(args[i + 1])).close();
            }
        }
        return args;
    }
}
