// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both directions, past 十九 (where one of the four old routines threw) and past 九十九. */
class ChineseNumeralTest {

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource({
        "1, 一", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "35, 三十五", "90, 九十", "99, 九十九",
        "100, 一百", "101, 一百零一", "110, 一百一十", "119, 一百一十九", "999, 九百九十九", "1000, 一千", "1005, 一千零五",
        "1050, 一千零五十", "2025, 二千零二十五", "10000, 一万", "10010, 一万零一十", "100000, 十万", "123456, 十二万三千四百五十六",
    })
    void formats_and_reads_back(long value, String numeral) {
        assertEquals(numeral, ChineseNumeral.format(value));
        assertEquals(value, ChineseNumeral.parse(numeral));
    }

    @Test
    void every_number_to_a_thousand_survives_the_round_trip() {
        for (int n = 0; n <= 1000; n++) {
            assertEquals(n, ChineseNumeral.parse(ChineseNumeral.format(n)), ChineseNumeral.format(n));
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "两, 2", "两千三百, 2300", "〇, 0", "零, 0", "二〇二五, 2025", "一二, 12", "壹佰零伍, 105", "拾, 10", "一万二千, 12000",
    })
    void reads_the_other_forms_offices_write(String numeral, long value) {
        assertEquals(value, ChineseNumeral.parse(numeral));
    }

    @Test
    void anything_else_is_not_a_numeral() {
        assertEquals(-1, ChineseNumeral.parse("五件"));
        assertEquals(-1, ChineseNumeral.parse(""));
        assertEquals(-1, ChineseNumeral.parse(null));
        assertEquals(-1, ChineseNumeral.parse("12"));
    }
}
