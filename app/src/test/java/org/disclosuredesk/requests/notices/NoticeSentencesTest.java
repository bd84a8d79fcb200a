// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.law.ResultRow;
import org.junit.jupiter.api.Test;

/** The facts another branch adds (the organ holding the information, the 第三十五条 period) print as recorded or not at all. */
class NoticeSentencesTest {

    private static NoticeFacts facts(NoticeType type, OtherOrgan organ, LocalDate reasonable) {
        return new NoticeFacts(type, null, "示例县交通运输局", LocalDate.parse("2025-04-01"), "依申请〔2025〕第1号", "张三",
                LocalDate.parse("2025-03-05"), "甲", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, organ, reasonable, null, null, NoticeSettings.defaults());
    }

    private static List<String> reply(OtherOrgan organ) {
        NoticeType type = NoticeType.reply(ResultRow.UNAVAILABLE_NOT_HELD);
        return NoticeTemplates.fill(NoticeTemplates.defaultText(type), facts(type, organ, null));
    }

    @Test
    void a_not_held_reply_names_the_organ_that_holds_it_with_its_contact() {
        String t = String.join("\n", reply(new OtherOrgan("示例县自然资源局", "0531-7654321")));
        assertTrue(t.contains("第三十六条第（四）项"), t);
        assertTrue(t.contains("该政府信息由示例县自然资源局负责公开") && t.contains("联系方式：0531-7654321"), t);
        assertTrue(t.contains("第三十六条第（五）项"), t);
    }

    @Test
    void an_unrecorded_contact_is_said_to_be_missing_and_no_organ_means_no_sentence() {
        assertTrue(String.join("\n", reply(new OtherOrgan("示例县自然资源局", null))).contains("联系方式：【未记录：该机关的联系方式】"));
        String none = String.join("\n", reply(null));
        assertFalse(none.contains("负责公开。"), none);
        assertFalse(none.contains("【未记录"), "no organ recorded: nothing is claimed about one\n" + none);
    }

    @Test
    void the_thirty_fifth_article_notice_states_the_reasonable_period_or_that_it_is_missing() {
        NoticeType type = NoticeType.of(NoticeKind.LONGER_PERIOD);
        String set = String.join("", NoticeTemplates.fill(NoticeTemplates.defaultText(type), facts(type, null, LocalDate.parse("2025-06-30"))));
        assertTrue(set.contains("第三十五条") && set.contains("延迟答复的合理期限至2025年6月30日"), set);
        String unset = String.join("", NoticeTemplates.fill(NoticeTemplates.defaultText(type), facts(type, null, null)));
        assertTrue(unset.contains("【未记录：合理期限】"), unset);
    }

    @Test
    void settings_not_filled_in_are_shown_as_gaps() {
        NoticeType type = NoticeType.reply(ResultRow.NOT_HANDLED_REPEATED);
        RenderedNotice n = NoticeService.render(facts(type, null, null), NoticeTemplates.defaultText(type), "X");
        assertEquals(List.of("【未设置：行政复议机关】", "【未设置：管辖人民法院】"), n.gaps());
    }

    @Test
    void every_notice_type_has_a_default_text_using_only_known_placeholders() {
        for (NoticeType t : NoticeType.all()) {
            assertTrue(NoticeTemplates.unknownPlaceholders(NoticeTemplates.defaultText(t)).isEmpty(), t.code());
        }
    }
}
