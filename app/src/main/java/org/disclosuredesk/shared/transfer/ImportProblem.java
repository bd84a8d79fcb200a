// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

/** Why one row of a spreadsheet cannot be imported: 第 12 行，成文日期：“2025-02-30”不是存在的日期. */
public record ImportProblem(int rowNumber, String column, String message) {

    public String describe() {
        return "第 " + rowNumber + " 行" + (column == null ? "" : "，" + column) + "：" + message;
    }
}
