// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShortDatesTest {

    private final ShortDates dates = new ShortDates(() -> 2026);

    @Test
    void a_wide_column_shows_the_whole_date() {
        assertEquals("2025-12-29", dates.text(LocalDate.parse("2025-12-29")));
        assertEquals("2026-01-26", dates.text(LocalDate.parse("2026-01-26")));
    }

    @Test
    void a_narrow_column_drops_the_shown_year_and_puts_another_year_on_its_own_line() {
        dates.narrow(true);
        assertEquals("01-26", dates.text(LocalDate.parse("2026-01-26")));
        // a request carried over from 2025: 「202…」 in a 57 px column said nothing
        assertEquals("2025\n12-29", dates.text(LocalDate.parse("2025-12-29")));
        assertEquals("", dates.text(null));
    }
}
