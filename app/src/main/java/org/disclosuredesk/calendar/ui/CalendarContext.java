// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.time.Clock;
import org.disclosuredesk.calendar.CalendarService;
import org.disclosuredesk.shared.TaskExecutor;

/** What the working-day calendar tab of 设置 uses; built by {@code AppContext}. */
public record CalendarContext(CalendarService calendar, Clock clock, TaskExecutor executor) {
}
