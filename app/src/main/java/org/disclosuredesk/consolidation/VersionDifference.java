// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

/** One figure in which a later package of an office differs from its first. */
public record VersionDifference(StoredPackage first, StoredPackage other, String where, long firstValue, long otherValue) {
}
