// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

/**
 * Whose data a backup holds, beside this database's office (issue 14, item 13): the office names from both
 * files' settings (机关设置), "" where a file has none. Restoring another office's backup replaces this office's
 * name and every ledger with the other office's, so it is asked twice. A file without a name (the first start
 * never finished) cannot be told apart and counts as this office's.
 */
public record BackupOffice(String current, String backup) {

    public BackupOffice {
        current = current == null ? "" : current.strip();
        backup = backup == null ? "" : backup.strip();
    }

    public boolean other() {
        return !current.isEmpty() && !backup.isEmpty() && !current.equals(backup);
    }
}
