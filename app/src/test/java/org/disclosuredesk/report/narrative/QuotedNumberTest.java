// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "58, 58", "５８, 58", "'1,234', 1234", "0, 0",
        "五十八, 58", "十, 10", "十五, 15", "二十, 20", "一百零二, 102", "一百一十, 110",
        "两千三百, 2300", "三千零五, 3005", "一万二千, 12000", "〇, 0", "零, 0", "两, 2", "九十九, 99",
    })
    void reads_arabic_and_chinese_numerals(String text, long value) {
        assertEquals(value, QuotedNumber.value(text));
    }

    @Test
    void refuses_what_is_not_a_number() {
        assertEquals(-1, QuotedNumber.value("五件"));
        assertEquals(-1, QuotedNumber.value(""));
    }

    @Test
    void finds_counts_with_the_words_of_their_clause() {
        List<QuotedNumber> found = QuotedNumber.findAll("全年共收到申请58件，其中予以公开五十二件、部分公开3件；召开会议4次，第一件已办结。");
        assertEquals(List.of(58L, 52L, 3L), found.stream().map(QuotedNumber::value).collect(Collectors.toList()));
        assertEquals(List.of("全年共收到申请", "其中予以公开", "部分公开"),
                found.stream().map(QuotedNumber::context).collect(Collectors.toList()));
    }
}
