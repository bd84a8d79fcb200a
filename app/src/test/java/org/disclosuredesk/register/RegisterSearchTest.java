// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.register.Documents.aDocument;
import static org.disclosuredesk.register.Documents.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** req~register.search~1: substring search over 标题, 文号, 发文机关 and attachment text (FTS5 trigram, LIKE under 3 characters). */
// [utest->req~register.search~1]
class RegisterSearchTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private RegisterService register;

    @BeforeEach
    void fill() {
        ctx = RegisterFixture.open(dir);
        register = ctx.register();
        register.create(aDocument("关于印发示例县政府信息公开工作要点的通知").docNumber("示府办发〔2025〕3号").build());
        register.create(aDocument("示例县安全生产专项整治实施方案").docNumber("示安委〔2025〕1号").issuingOrgan("示例县安全生产委员会").build());
        register.create(aDocument("关于做好春耕生产工作的通知").docNumber("示农发〔2024〕9号").writtenOn(day("2024-03-01"))
                .publishedOn(day("2024-03-05")).build());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "信息公开        | 关于印发示例县政府信息公开工作要点的通知",
        "专项整治        | 示例县安全生产专项整治实施方案",
        "安全生产委员会  | 示例县安全生产专项整治实施方案",
        "示府办发[2025]  | 关于印发示例县政府信息公开工作要点的通知",
        "示府办发(2025)3号 | 关于印发示例县政府信息公开工作要点的通知",
        "春耕            | 关于做好春耕生产工作的通知",
        "耕              | 关于做好春耕生产工作的通知",
        "通知 春耕       | 关于做好春耕生产工作的通知",
        "示农发 2024     | 关于做好春耕生产工作的通知",
    })
    void finds_substrings(String text, String title) {
        List<String> found = TableTwoTest.titles(register.list(RegisterQuery.search(text)));
        assertEquals(List.of(title), found);
    }

    @Test
    void two_characters_search_by_like_and_three_by_the_index() {
        assertEquals(2, register.count(RegisterQuery.search("生产")));
        assertEquals(2, register.count(RegisterQuery.search("的通知")));
        assertEquals(0, register.count(RegisterQuery.search("不存在的词")));
    }

    @Test
    void search_combines_with_the_filters() {
        assertEquals(1, register.count(RegisterQuery.search("通知").withYear(2024)));
        assertEquals(1, register.count(RegisterQuery.search("的通知").withYear(2025)));
    }

    @Test
    void search_pages_continue() {
        for (int i = 0; i < 12; i++) {
            register.create(aDocument("批量通知第" + i + "号").build());
        }
        RegisterPage first = register.page(RegisterQuery.search("批量通知"), null, 5);
        RegisterPage second = register.page(RegisterQuery.search("批量通知"), first.next(), 5);
        RegisterPage third = register.page(RegisterQuery.search("批量通知"), second.next(), 5);
        assertTrue(first.hasMore());
        assertEquals("批量通知第11号", first.rows().get(0).document().title());
        assertEquals("批量通知第6号", second.rows().get(0).document().title());
        assertEquals(2, third.rows().size());
        assertFalse(third.hasMore());
    }

    @Test
    void a_changed_title_is_found_by_its_new_words_only() {
        long id = register.create(aDocument("旧标题文件").build());
        register.update(id, register.details(id).orElseThrow().entry().document().toBuilder().title("新标题文件").build());
        assertEquals(0, register.count(RegisterQuery.search("旧标题")));
        assertEquals(1, register.count(RegisterQuery.search("新标题")));
    }

    @Test
    void quotes_and_operators_in_the_text_are_words() {
        register.create(aDocument("关于\"AND\"与OR的说明").build());
        assertEquals(1, register.count(RegisterQuery.search("\"AND\"")));
        assertEquals(0, register.count(RegisterQuery.search("NEAR(")));
    }
}
