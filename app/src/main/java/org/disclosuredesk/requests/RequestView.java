// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

/** A request with what is derived from it today: its deadline (explained) and its status. */
public record RequestView(Request request, Deadline deadline, RequestStatus status) {
}
