// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import java.nio.file.Path;

/**
 * One line of the backup list, ready to show: when, what kind, what it holds, whether it is sound, and whose
 * it is ({@code office}, marked 其他单位 when {@code otherOffice}: the backups folder may hold other databases').
 */
public record BackupRow(Path path, String takenAt, String kind, int requests, int documents, int tasks,
        String size, boolean healthy, String status, String office, boolean otherOffice) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
