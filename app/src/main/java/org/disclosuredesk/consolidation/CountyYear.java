// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.util.List;

/** One year at the county office: each office's status, the summed tables and who still has to report. */
public record CountyYear(List<OfficeStatus> offices, CountyTables county, List<Reminder> reminders) {

    public CountyYear {
        offices = List.copyOf(offices);
        reminders = List.copyOf(reminders);
    }
}
