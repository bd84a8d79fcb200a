// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

/** How a day looks in the month grid; the CSS class carries the colour the legend explains. */
public enum DayStyle {
    WORKING("day-working"),
    WEEKEND("day-weekend"),
    HOLIDAY("day-holiday"),
    SHIFTED_WORKDAY("day-shifted");

    private final String styleClass;

    DayStyle(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
