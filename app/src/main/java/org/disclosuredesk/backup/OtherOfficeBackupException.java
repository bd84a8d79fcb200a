// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;
import org.disclosuredesk.shared.UserError;

/** A restore refused because the backup is another office's and that was not confirmed; nothing changed. */
public final class OtherOfficeBackupException extends UserError {

    private final transient BackupOffice office;

    OtherOfficeBackupException(Path backup, BackupOffice office) {
        super("“" + backup.getFileName() + "”是其他单位的备份：备份中的单位是“" + office.backup() + "”，当前数据库的单位是“"
                + office.current() + "”。恢复会把本库的全部数据和单位名称换成“" + office.backup() + "”的，因此没有恢复，现有数据未受影响。");
        this.office = office;
    }

    public BackupOffice office() {
        return office;
    }
}
