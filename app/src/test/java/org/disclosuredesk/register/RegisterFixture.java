// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.settings.OrgSettings;

/** A migrated register database in a temp folder, with the office's index-number format set. */
final class RegisterFixture {

    static final String INDEX_PATTERN = "11520000MB1234567X/{year}-{seq:5}";

    private RegisterFixture() {
    }

    static AppContext open(Path dir) {
        AppContext ctx = new AppContext(Database.open(dir.resolve("t.db")), Documents.CLOCK);
        OrgSettings s = OrgSettings.defaultsFor("示例县人民政府办公室");
        ctx.settings().save(new OrgSettings(s.officeName(), s.organName(), "", "依申请", 5, 3, INDEX_PATTERN, "测试员"));
        return ctx;
    }
}
