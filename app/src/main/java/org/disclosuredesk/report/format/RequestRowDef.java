// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.Objects;

/**
 * A row of table 三 with its three label levels as printed: {@code heading} (一、…, 三、本年度办理结果),
 * {@code group} (（一）…（七）, or null) and {@code item} (1.属于国家秘密, or null). Consecutive rows with
 * the same heading or group share one spanned label cell.
 */
public record RequestRowDef(String key, String heading, String group, String item, RequestSelector selector) {

    public RequestRowDef {
        Objects.requireNonNull(key);
        Objects.requireNonNull(heading);
        Objects.requireNonNull(selector);
        if (item != null && group == null) {
            throw new IllegalArgumentException("An item needs its group: " + key);
        }
    }

    /** The most specific label, as lists and messages name the row. */
    public String label() {
        if (group == null) {
            return heading;
        }
        return item == null ? group : group + " " + item;
    }

    public boolean isResult() {
        return selector.kind() == RequestSelector.Kind.RESULTS;
    }
}
