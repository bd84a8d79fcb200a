// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// [utest->req~fee.by-item~1] [utest->req~fee.by-volume~1]
class FeeCalculatorTest {

    @ParameterizedTest(name = "the applicant''s {0}. application of the month costs {1} 元")
    @CsvSource({
        "1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300", "50, 300", "51, 400", "61, 500",
    })
    void by_item_follows_the_applicants_count_in_the_calendar_month(int ordinal, long yuan) {
        assertEquals(yuan * 100, FeeCalculator.byItem(ordinal));
    }

    // [utest->req~items.counting~1]
    @ParameterizedTest(name = "an application split into items taking places {0}–{1} costs {2} 元")
    @CsvSource({"1, 3, 0", "10, 12, 200", "29, 32, 600", "5, 5, 0", "11, 11, 100"})
    void items_take_consecutive_places_in_the_month(int first, int last, long yuan) {
        assertEquals(yuan * 100, FeeCalculator.byItems(first, last));
    }

    @ParameterizedTest(name = "{0} pages cost {1} 元")
    @CsvSource({
        "0, 0", "30, 0", "31, 10", "100, 700", "101, 720", "200, 2700", "201, 2740", "250, 4700",
    })
    void by_volume_is_progressive_per_page(int pages, long yuan) {
        assertEquals(yuan * 100, FeeCalculator.byVolume(pages));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.00 元", "1050, 10.50 元", "470000, 4700.00 元"})
    void amounts_print_in_yuan(long fen, String text) {
        assertEquals(text, FeeCalculator.yuan(fen));
    }
}
