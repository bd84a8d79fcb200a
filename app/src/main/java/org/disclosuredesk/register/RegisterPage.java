// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.List;

/**
 * One page of a register view. {@code next} continues after the last row (keyset paging: page 500 is as
 * fast as page 1 on a million rows); null when there is nothing more.
 */
public record RegisterPage(List<RegisterEntry> rows, PageCursor next) {

    public boolean hasMore() {
        return next != null;
    }

    /** Where the next page starts: after this entry in the view's order. */
    public record PageCursor(String writtenOn, long id) {
    }
}
