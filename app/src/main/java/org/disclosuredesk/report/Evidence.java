// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

/**
 * One record behind a figure of the report: a request, a register document, a review or lawsuit case,
 * or the yearly statistics form. {@code reference} is what the office calls it (登记号, 文号, 案号).
 */
public record Evidence(Kind kind, long id, String reference, String title, String date, String detail) {

    public enum Kind { REQUEST, DOCUMENT, REVIEW_CASE, STATISTICS }
}
