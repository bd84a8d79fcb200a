// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

/**
 * A year's final export: when, by whom, which file and its SHA-256 (null for exports recorded before the
 * hash was kept), and — once reopened in the app — who unlocked the year, when and why.
 */
public record FinalExport(int year, String exportedAt, String exportedBy, String fileName, String sha256,
        String unlockedAt, String unlockedBy, String unlockReason) {

    public boolean unlocked() {
        return unlockedAt != null;
    }
}
