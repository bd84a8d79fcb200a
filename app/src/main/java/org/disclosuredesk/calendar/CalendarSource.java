// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

/** The working-day calendar in force now; it changes when the office saves a new holiday notice. */
public interface CalendarSource {

    WorkCalendar current();
}
