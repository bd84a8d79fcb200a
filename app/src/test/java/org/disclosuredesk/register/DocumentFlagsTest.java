// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.register.Documents.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** req~register.publication-deadline~1 (条例第二十六条) and req~register.interpretation-deadline~1. */
class DocumentFlagsTest {

    private static final WorkCalendar WEEKENDS = WorkCalendar.weekendsOnly();
    /** 2025: 劳动节 5月1日至5日放假, 4月27日（星期日）上班. */
    private static final WorkCalendar MAY_DAY = new WorkCalendar(Map.of(
            day("2025-05-01"), DayKind.HOLIDAY, day("2025-05-02"), DayKind.HOLIDAY, day("2025-05-05"), DayKind.HOLIDAY,
            day("2025-04-27"), DayKind.WORKDAY), Set.of(2025));

    @ParameterizedTest(name = "written {0} → due {1}")
    @CsvSource({
        "2025-03-03, 2025-03-31",   // Monday: four weeks of working days
        "2025-03-07, 2025-04-04",   // Friday
        "2025-03-08, 2025-04-04",   // a Saturday counts from the Monday
    })
    // [utest->req~register.publication-deadline~1]
    void the_deadline_is_twenty_working_days_after_the_day_of_making(String written, String due) {
        assertEquals(day(due), PublicationDeadline.dueOn(WEEKENDS, day(written)));
    }

    @Test
    void holidays_push_the_deadline_and_a_weekend_workday_pulls_it() {
        // 2025-04-15 + 20 working days: 4/16..5/14 minus 5/1, 5/2, 5/5 plus Sunday 4/27
        assertEquals(day("2025-05-15"), PublicationDeadline.dueOn(MAY_DAY, day("2025-04-15")));
        assertEquals(day("2025-05-13"), PublicationDeadline.dueOn(WEEKENDS, day("2025-04-15")));
    }

    @ParameterizedTest(name = "published {0}: {1} working days late")
    @CsvSource({
        "2025-03-31, 0",
        "2025-04-01, 1",
        "2025-04-07, 5",
        "2025-04-05, 4",   // Saturday after Friday 4/4: four working days (4/1–4/4) already passed
    })
    void late_publication_is_flagged_with_working_days(String published, int late) {
        DocumentFlags f = DocumentFlags.of(WEEKENDS, day("2025-06-10"), DisclosureAttribute.PROACTIVE, DocType.OTHER,
                day(published), day("2025-03-31"), null, null);
        assertEquals(late, f.publicationDaysLate());
        assertEquals(late > 0, f.late());
    }

    @Test
    void publishing_on_the_weekend_after_the_deadline_is_one_day_late() {
        assertEquals(1, PublicationDeadline.workingDaysLate(WEEKENDS, day("2025-04-04"), day("2025-04-05")));
    }

    @Test
    void an_unpublished_document_past_its_deadline_is_late_until_today() {
        DocumentFlags f = DocumentFlags.of(WEEKENDS, day("2025-04-02"), DisclosureAttribute.PROACTIVE, DocType.OTHER,
                null, day("2025-03-31"), null, null);
        assertEquals(2, f.publicationDaysLate());
        assertTrue(f.stillUnpublished());
        assertEquals(List.of("公开超期 2 个工作日（尚未公开）"), f.labels());
    }

    @Test
    void only_proactive_disclosure_has_a_publication_deadline() {
        DocumentFlags f = DocumentFlags.of(WEEKENDS, day("2025-06-10"), DisclosureAttribute.ON_REQUEST, DocType.OTHER,
                null, day("2025-03-31"), null, null);
        assertFalse(f.any());
    }

    @ParameterizedTest(name = "解读 {0}, today {1}: {2} days late, missing {3}")
    @CsvSource({
        "2025-03-12, 2025-06-10, 0, false",   // within 3 working days of 3/10 (due 3/13)
        "2025-03-13, 2025-06-10, 0, false",
        "2025-03-14, 2025-06-10, 1, false",   // late
        ",           2025-03-13, 0, false",   // none yet, still in time
        ",           2025-03-17, 2, true",    // none and overdue
    })
    // [utest->req~register.interpretation-deadline~1]
    void a_normative_document_needs_its_interpretation_in_time(String interpreted, String today, int late, boolean missing) {
        LocalDate published = day("2025-03-10");
        LocalDate due = InterpretationDeadline.dueOn(WEEKENDS, 3, DocType.NORMATIVE_DOCUMENT, published);
        assertEquals(day("2025-03-13"), due);
        DocumentFlags f = DocumentFlags.of(WEEKENDS, day(today), DisclosureAttribute.PROACTIVE, DocType.NORMATIVE_DOCUMENT,
                published, day("2025-04-01"), interpreted == null ? null : day(interpreted), due);
        assertEquals(late, f.interpretationDaysLate());
        assertEquals(missing, f.interpretationMissing());
    }

    @Test
    void other_documents_need_no_interpretation() {
        assertEquals(null, InterpretationDeadline.dueOn(WEEKENDS, 3, DocType.OTHER, day("2025-03-10")));
        assertEquals(null, InterpretationDeadline.dueOn(WEEKENDS, 3, DocType.NORMATIVE_DOCUMENT, null));
    }
}
