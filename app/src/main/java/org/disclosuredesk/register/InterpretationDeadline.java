// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.DocType;

/**
 * A 行政规范性文件 is to be followed by its 政策解读 within a number of working days of publication. The
 * number is a provincial rule, not a national one (often 3), so it is the office's setting
 * {@code interpretationWorkingDays}.
 */
public final class InterpretationDeadline {

    private InterpretationDeadline() {
    }

    public static boolean applies(DocType docType, LocalDate publishedOn) {
        return docType == DocType.NORMATIVE_DOCUMENT && publishedOn != null;
    }

    /** The last day for the 解读, or null when none is expected. */
    // [impl->req~register.interpretation-deadline~1]
    public static LocalDate dueOn(WorkCalendar calendar, int workingDays, DocType docType, LocalDate publishedOn) {
        return applies(docType, publishedOn) ? calendar.addWorkingDays(publishedOn, workingDays) : null;
    }
}
