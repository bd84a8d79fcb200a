// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

/** A package the county has taken in: its verified content, where it came from, and whether it counts. */
public record StoredPackage(long id, String fileName, String receivedAt, String sha256, boolean chosen,
                            ExchangePackage content) {

    public String organName() {
        return content.organName();
    }
}
