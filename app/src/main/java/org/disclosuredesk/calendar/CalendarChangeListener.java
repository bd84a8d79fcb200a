// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.util.List;

/**
 * Told when the calendar changes, inside the transaction that saves the change, so that everything
 * dated in working days (open requests' due dates) is recomputed with it. Returns what moved.
 */
public interface CalendarChangeListener {

    List<DueDateChange> calendarChanged(WorkCalendar updated);
}
