// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.LocalDate;

/**
 * A notice line that lengthens a holiday already announced, as 国办发明电〔2020〕1号 did:
 * 「延长2020年春节假期至2月2日」. Applying it needs the holiday's stored days, so it is kept apart.
 */
public record HolidayExtension(String holidayName, LocalDate until, int lineNumber, String lineText) {
}
