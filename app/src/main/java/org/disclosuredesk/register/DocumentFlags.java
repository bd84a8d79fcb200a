// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;

/**
 * What the office must look at on one document: 「公开超期」 (published, or still unpublished, more than
 * 20 working days after 成文日期; 条例第二十六条) and 「缺少解读」 (a 行政规范性文件 whose 政策解读 did not
 * follow within the set number of working days). Days are working days past the deadline.
 */
public record DocumentFlags(int publicationDaysLate, boolean stillUnpublished, int interpretationDaysLate,
        boolean interpretationMissing) {

    public static final String LATE = "公开超期";
    public static final String NO_INTERPRETATION = "缺少解读";
    public static final DocumentFlags NONE = new DocumentFlags(0, false, 0, false);

    public boolean late() {
        return publicationDaysLate > 0;
    }

    public boolean interpretationOverdue() {
        return interpretationDaysLate > 0;
    }

    public boolean any() {
        return late() || interpretationOverdue();
    }

    /** The flags as the register shows them: 「公开超期 3 个工作日」, 「缺少解读 2 个工作日」. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (late()) {
            labels.add(LATE + " " + publicationDaysLate + " 个工作日" + (stillUnpublished ? "（尚未公开）" : ""));
        }
        if (interpretationOverdue()) {
            labels.add(NO_INTERPRETATION + " " + interpretationDaysLate + " 个工作日" + (interpretationMissing ? "" : "（解读迟发）"));
        }
        return labels;
    }

    /**
     * The flags of a document, from its stored deadlines. Only 主动公开 documents have a publication
     * deadline; a 解读 is checked only once the 行政规范性文件 is published.
     */
    public static DocumentFlags of(WorkCalendar calendar, LocalDate today, DisclosureAttribute attribute, DocType docType,
            LocalDate publishedOn, LocalDate publishDueOn, LocalDate interpretationPublishedOn, LocalDate interpretationDueOn) {
        int late = 0;
        boolean unpublished = false;
        if (attribute == DisclosureAttribute.PROACTIVE && publishDueOn != null) {
            unpublished = publishedOn == null;
            late = PublicationDeadline.workingDaysLate(calendar, publishDueOn, unpublished ? today : publishedOn);
        }
        int interpretationLate = 0;
        boolean missing = false;
        if (interpretationDueOn != null && InterpretationDeadline.applies(docType, publishedOn)) {
            missing = interpretationPublishedOn == null;
            interpretationLate = PublicationDeadline.workingDaysLate(calendar, interpretationDueOn,
                    missing ? today : interpretationPublishedOn);
        }
        return new DocumentFlags(late, unpublished && late > 0, interpretationLate, missing && interpretationLate > 0);
    }
}
