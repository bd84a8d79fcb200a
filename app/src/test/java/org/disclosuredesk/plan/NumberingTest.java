// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.disclosuredesk.shared.TextFolding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Labels as written, without their trailing punctuation, at every numbering level. */
class NumberingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "一、指导思想 | CHINESE | 1 | 一 | 指导思想",
        "十二、其他 | CHINESE | 12 | 十二 | 其他",
        "（三）工作目标 | CHINESE_PAREN | 3 | （三） | 工作目标",
        "(四)着力推进 | CHINESE_PAREN | 4 | (四) | 着力推进",
        "1.按照要求 | ARABIC | 1 | 1 | 按照要求",
        "2、全面推进 | ARABIC | 2 | 2 | 全面推进",
        "3．完善机制 | ARABIC | 3 | 3 | 完善机制",
        "5.2020年8月底前 | ARABIC | 5 | 5 | 2020年8月底前",
        "1．6月底前完成 | ARABIC | 1 | 1 | 6月底前完成",
        "（1）公开预算 | ARABIC_PAREN | 1 | （1） | 公开预算",
        "(2)公开决算 | ARABIC_PAREN | 2 | (2) | 公开决算",
        "一是提升便利度 | SHI | 1 | 一是 | 提升便利度",
        "三是，加强管理 | SHI | 3 | 三是 | 加强管理",
        "② 做好解读 | CIRCLED | 2 | ② | 做好解读",
        "第一，坚持原则 | DI | 1 | 第一 | 坚持原则"})
    void reads_the_label(String line, Numbering.Style style, int value, String written, String rest) {
        Numbering.Label label = Numbering.at(line, TextFolding.fold(line));
        assertEquals(style, label.style());
        assertEquals(value, label.value());
        assertEquals(written, label.written());
        assertEquals(rest, line.substring(label.textStart()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.5亿元资金", "2020年9月底前", "十九届四中全会精神", "统一是基础", "为切实发挥作用", "12345热线"})
    void a_line_without_a_label_has_none(String line) {
        assertNull(Numbering.at(line, TextFolding.fold(line)));
    }
}
