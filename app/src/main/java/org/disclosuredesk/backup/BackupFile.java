// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup on disk: where, what kind, when it was taken, how big. */
public record BackupFile(Path path, BackupKind kind, LocalDateTime takenAt, long sizeBytes) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
