// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

/** A file attached to an entry: the office's own copy, stored under the data folder ({@code storedPath} is relative to it). */
public record Attachment(long id, long documentId, String fileName, String storedPath, String sha256, long sizeBytes,
        String addedAt) {
}
