// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// [utest->req~intake.id-check~1]
class IdNumberValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440524188001010014", " 4405 2418 8001 0100 14 "})
    void valid_resident_ids_pass(String number) {
        assertEquals(Optional.empty(), IdNumberValidator.problem(IdType.RESIDENT_ID, number));
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, 最后一位应为 X",
        "440524188001010015, 最后一位应为 4",
        "44052418800101001, 应为 18 位",
        "440524188013010014, 出生日期",
        "4405241880010100A4, 应为 18 位",
    })
    void wrong_resident_ids_say_what_is_wrong(String number, String expected) {
        String message = IdNumberValidator.problem(IdType.RESIDENT_ID, number).orElseThrow();
        assertTrue(message.contains(expected), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91110000600037341l"})
    void valid_credit_codes_pass(String code) {
        assertEquals(Optional.empty(), IdNumberValidator.problem(IdType.CREDIT_CODE, code));
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y44, 最后一位应为 3",
        "91350100M000100Y4, 应为 18 位",
        "91350100M0001O0Y43, 第 14 位“O”",
    })
    void wrong_credit_codes_say_what_is_wrong(String code, String expected) {
        String message = IdNumberValidator.problem(IdType.CREDIT_CODE, code).orElseThrow();
        assertTrue(message.contains(expected), message);
    }

    @Test
    void other_documents_and_blank_numbers_are_not_checked() {
        assertEquals(Optional.empty(), IdNumberValidator.problem(IdType.PASSPORT, "E12345678"));
        assertEquals(Optional.empty(), IdNumberValidator.problem(IdType.RESIDENT_ID, " "));
    }

    @Test
    void lists_mask_personal_numbers_but_not_credit_codes() {
        assertEquals("110105********002X", IdMask.mask(IdType.RESIDENT_ID, "11010519491231002X"));
        assertEquals("91350100M000100Y43", IdMask.mask(IdType.CREDIT_CODE, "91350100M000100Y43"));
        assertEquals("E12**5678", IdMask.mask(IdType.PASSPORT, "E12345678"));
        assertEquals("", IdMask.mask(IdType.RESIDENT_ID, null));
    }
}
