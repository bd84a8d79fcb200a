// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

/** An exception to the Monday–Friday rule, as the State Council's yearly notice announces it. */
public enum DayKind {
    /** A day off (放假), whatever weekday it falls on. */
    HOLIDAY,
    /** A Saturday or Sunday made a working day (调休上班). */
    WORKDAY
}
