// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.db.Database;
import org.jooq.impl.DSL;

/** Every row of every table, condensed: equal snapshots mean nothing was written, not even half an import. */
record DatabaseSnapshot(Map<String, Integer> counts, Map<String, Integer> contentHashes) {

    static DatabaseSnapshot of(Database db) {
        Map<String, Integer> hashes = new LinkedHashMap<>();
        Map<String, Integer> counts = db.tableCounts();
        for (String table : counts.keySet()) {
            hashes.put(table, db.dsl().fetch("SELECT * FROM " + DSL.name(table) + " ORDER BY rowid").formatCSV().hashCode());
        }
        return new DatabaseSnapshot(counts, hashes);
    }
}
