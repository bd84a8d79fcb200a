// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

/** Why the place of the database file puts it at risk, and what to do, in Chinese. */
public record LocationWarning(Risk risk, String where, String message) {

    public enum Risk {
        /** A network share or a network file system: locking is unreliable there. */
        NETWORK_DRIVE,
        /** A folder a sync client uploads and replaces behind SQLite's back. */
        SYNCED_FOLDER
    }
}
