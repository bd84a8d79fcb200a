// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import org.disclosuredesk.db.Database;

import java.nio.file.Path;
import org.disclosuredesk.shared.UserError;

/** What a file must be before it may replace the office's data: sound, this app's, not from a newer version. */
final class RestoreCheck {

    private RestoreCheck() {
    }

    static void requireRestorable(Path file, BackupContents contents, String latestSchemaVersion) {
        if (!contents.healthy()) {
            throw new UserError("“" + file.getFileName() + "”不能用于恢复：" + String.join("；", contents.problems())
                    + "。现有数据未受影响，请选择另一个备份。");
        }
        if (Database.compareSchemaVersions(contents.schemaVersion(), latestSchemaVersion) > 0) {
            throw new UserError("备份“" + file.getFileName() + "”由更新版本的软件创建（结构版本 " + contents.schemaVersion()
                    + "），请先升级本软件再恢复。现有数据未受影响。");
        }
    }
}
