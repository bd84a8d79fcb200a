// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// [utest->req~import.label-aliases~1]
class LedgerAliasesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "(一)予以公开                   | 1   | true",
        "（一）予以公开                 | 1   | false",
        "(三)不予公开 1.属于国家秘密    | 3.1 | true",
        "(四)无法提供 2.没有现成信息需要另行制作 | 4.2 | true",
        "（六）其他处理                 | 6.3 | true",
        "其他处理                       | 6.3 | true",
        "其他处理（逾期未补正）         | 6.1 | true",
        "（六）其他处理-逾期未缴纳费用  | 6.2 | true",
    })
    void a_ledger_label_maps_to_its_row_and_says_so_when_it_was_not_the_exact_label(String text, String code, boolean noted) {
        LedgerAliases.Mapped<ResultRow> m = LedgerAliases.result(text).orElseThrow();
        assertEquals(code, m.value().code());
        assertEquals(noted, m.note() != null, String.valueOf(m.note()));
    }

    @ParameterizedTest(name = "{0} asks which ground")
    @CsvSource({"不予公开", "无法提供", "不予处理", "（五）不予处理"})
    void a_group_without_an_other_row_is_never_guessed(String text) {
        assertTrue(LedgerAliases.result(text).isEmpty());
        String question = LedgerAliases.groundQuestion(text).orElseThrow();
        assertTrue(question.contains("请写明是哪一项") && question.contains("不能代为选择"), question);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"法人或其他组织, OTHER_ORGANISATION", "企业, COMMERCIAL_ENTERPRISE", "公司, COMMERCIAL_ENTERPRISE"})
    void applicant_kinds_written_loosely_are_mapped_for_review(String text, ApplicantKind kind) {
        LedgerAliases.Mapped<ApplicantKind> m = LedgerAliases.applicantKind(text).orElseThrow();
        assertEquals(kind, m.value());
        assertTrue(m.note().contains("请核对"), m.note());
    }
}
