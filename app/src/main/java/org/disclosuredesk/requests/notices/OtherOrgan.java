// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

/**
 * The organ that holds the information (条例第三十六条第（五）项: name it and its contact). Either part may be
 * unrecorded (null): the notice then says so instead of guessing.
 */
public record OtherOrgan(String name, String contact) {
}
