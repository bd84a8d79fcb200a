// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** req~register.doc-number~1: every bracket spelling of the year is stored as 〔YYYY〕 (GB/T 9704-2012 §7.2.4). */
// [utest->req~register.doc-number~1]
class DocNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "示府办发〔2020〕12号 | 示府办发〔2020〕12号",
        "示府办发[2020]12号   | 示府办发〔2020〕12号",
        "示府办发(2020)12号   | 示府办发〔2020〕12号",
        "示府办发﹝2020﹞12号 | 示府办发〔2020〕12号",
        "示府办发［２０２０］１２号 | 示府办发〔2020〕12号",
        "示府办发（2020）12号 | 示府办发〔2020〕12号",
        "示府办发【2020】12号 | 示府办发〔2020〕12号",
        "示府办发 〔2020〕 第12号 | 示府办发〔2020〕12号",
        "示府办发〔2020〕012号 | 示府办发〔2020〕12号",
        "示例省人民政府令第3号 | 示例省人民政府令第3号",
        "示例省人民政府令 3 号 | 示例省人民政府令第3号",
    })
    void accepts_the_usual_spellings_and_stores_one(String typed, String stored) {
        assertEquals(stored, DocNumber.parse(typed).normalised());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020年12号", "〔2020〕12号", "示府办发〔2020〕号", "示府办发〔20〕12号", "示府办发〔2020〕0号",
        "示府办发2020-12", "12", "示府办发〔1900〕3号"})
    void refuses_what_is_not_a_doc_number(String typed) {
        UserError e = assertThrows(UserError.class, () -> DocNumber.parse(typed));
        assertTrue(e.getMessage().startsWith("文号"), e.getMessage());
    }

    @Test
    void the_parts_are_kept() {
        DocNumber n = DocNumber.parse("示府规[2024]3号");
        assertEquals("示府规", n.organ());
        assertEquals(2024, n.year());
        assertEquals(3, n.serial());
    }

    @Test
    void search_text_gets_the_same_brackets() {
        assertEquals("示府办发〔2020〕", DocNumber.normaliseBrackets("示府办发[2020]"));
        assertEquals("信息公开", DocNumber.normaliseBrackets("信息公开"));
    }
}
