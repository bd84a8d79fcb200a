// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.UserError;

/** Turns a cell into text or a date, as a clerk's spreadsheet holds them. */
final class CellText {

    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.0+)?");

    private CellText() {
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double) {
            double d = (Double) cell;
            // Phone and ID numbers typed into number cells: show them without ".0" or an exponent.
            return d == Math.rint(d) && Math.abs(d) < 1e17 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return cell.toString().trim();
    }

    /**
     * A date cell, an Excel serial number (45721 = 2025-03-05, in a number cell or as text, as a CSV
     * saved from Excel may hold it), or text in any form {@link DateInput} accepts. Null when blank.
     */
    static LocalDate date(Object cell, String fieldLabel) {
        if (cell == null || cell.toString().isBlank()) {
            return null;
        }
        if (cell instanceof LocalDate) {
            return (LocalDate) cell;
        }
        if (cell instanceof Double) {
            return serial((Double) cell, fieldLabel);
        }
        String s = DateInput.toHalfWidth(cell.toString()).trim();
        if (SERIAL.matcher(s).matches()) {
            return serial(Double.parseDouble(s), fieldLabel);
        }
        // "2025-03-05 14:30" or "2025/3/5 0:00:00" from a date-time column: the day is what counts.
        String day = s.replaceFirst("[T\\s]+\\d{1,2}:\\d{2}(:\\d{2})?$", "");
        return DateInput.parse(day, fieldLabel);
    }

    private static LocalDate serial(double value, String fieldLabel) {
        // Excel day numbers between 1950 and 2100; anything else is not a date someone meant.
        if (value < 18264 || value > 73051) {
            throw new UserError(fieldLabel + "“" + text(value) + "”不是日期。");
        }
        return DateUtil.getLocalDateTime(value).toLocalDate();
    }
}
