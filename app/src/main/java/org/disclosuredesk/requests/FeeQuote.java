// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

/** What a fee notice would charge, and why, before it is recorded. */
public record FeeQuote(FeeBasis basis, int quantity, long amountFen, String explanation) {
}
