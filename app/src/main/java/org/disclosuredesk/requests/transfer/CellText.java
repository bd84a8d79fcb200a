// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.time.LocalDate;
import org.disclosuredesk.shared.transfer.CellRule;

/** A cell as a clerk's spreadsheet holds it: trimmed text, or a date under the kit's one cell rule. */
final class CellText {

    private CellText() {
    }

    static String text(String cell) {
        return cell == null ? "" : cell.trim();
    }

    /** Null when blank; a {@code UserError} naming the field when the cell is not a date. */
    static LocalDate date(String cell, String fieldLabel) {
        return CellRule.date(cell, fieldLabel);
    }
}
