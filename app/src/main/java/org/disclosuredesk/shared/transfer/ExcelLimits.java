// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.util.Optional;

/** Excel's own limits, which every import checks and every export respects. */
public final class ExcelLimits {

    /** The most characters an Excel or WPS cell holds. */
    public static final int MAX_CELL_CHARS = 32_767;

    private ExcelLimits() {
    }

    /** Why a cell is refused at import: longer than Excel allows, so no export could ever hold it. */
    public static Optional<String> tooLong(String heading, String value) {
        if (value == null || value.length() <= MAX_CELL_CHARS) {
            return Optional.empty();
        }
        return Optional.of("“" + heading + "”有 " + value.length() + " 个字，超过 Excel 单元格上限 " + MAX_CELL_CHARS
                + " 字：请缩短后再导入（全文可作为附件保存）。");
    }
}
