// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-05      | 2025-03-05
            2025.3.5        | 2025-03-05
            2025/3/5        | 2025-03-05
            20250305        | 2025-03-05
            2025年3月5日     | 2025-03-05
            2025年03月05日   | 2025-03-05
            ' 2025-3-5 '    | 2025-03-05
            ２０２５．３．５   | 2025-03-05
            2024-02-29      | 2024-02-29
            """)
    void accepts_what_people_type(String typed, LocalDate expected) {
        assertEquals(expected, DateInput.parse(typed, "收到日期"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "2023-02-29", "3月5日", "2025", "明天", "2025-3", "202503055"})
    void refuses_what_is_not_a_date_and_says_how_to_type_it(String typed) {
        UserError e = assertThrows(UserError.class, () -> DateInput.parse(typed, "收到日期"));
        assertTrue(e.getMessage().startsWith("收到日期“" + typed + "”"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void blank_is_no_date_for_optional_fields() {
        assertTrue(DateInput.parseOptional("  ", "办结日期").isEmpty());
    }
}
