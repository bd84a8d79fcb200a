// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.db.Database;

/** Databases big enough that copying them takes long enough to be interrupted (about 10 KB a row). */
final class LargeData {

    private LargeData() {
    }

    static void fill(Database db, int rows) {
        db.dsl().execute("INSERT INTO app_setting (key, value, updated_at) "
                + "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + rows + ") "
                + "SELECT 'large.' || x, hex(randomblob(5000)), '2025-01-01T00:00:00' FROM n");
    }

    static int rows(Database db) {
        return db.dsl().fetchCount(org.jooq.impl.DSL.table("app_setting"));
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // the file vanished between the two calls: the work is not half way
        }
    }
}
