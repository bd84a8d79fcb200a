// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import java.nio.file.Path;

/** One line of the backup list, ready to show: when, what kind, what it holds, whether it is sound. */
public record BackupRow(Path path, String takenAt, String kind, int requests, int documents, int tasks,
        String size, boolean healthy, String status) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
