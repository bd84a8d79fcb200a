// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.math.BigDecimal;

/** A measurable target as written (每周更新不少于2次): how many, of what, per which period (may be null). */
public record Target(String text, BigDecimal quantity, String measure, Recurrence period) {
}
