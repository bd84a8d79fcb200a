// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeParagraphTest {

    @Test
    void splits_headings_from_the_paragraph_they_open() {
        List<NarrativeParagraph> p = NarrativeParagraph.parse(
                "2025年，本机关认真落实《条例》。\n\n（一）主动公开。全年主动公开信息1200条。\n（二）依申请公开情况\n本年度收到申请58件。\n"
                        + "（三）这是一句很长很长的句子开头用了序号但是后面一直没有句号所以不当作小标题而是当作正文来排版处理的情况。");
        assertEquals(List.of(
                new NarrativeParagraph("", "2025年，本机关认真落实《条例》。"),
                new NarrativeParagraph("（一）主动公开。", "全年主动公开信息1200条。"),
                new NarrativeParagraph("（二）依申请公开情况", ""),
                new NarrativeParagraph("", "本年度收到申请58件。"),
                new NarrativeParagraph("", "（三）这是一句很长很长的句子开头用了序号但是后面一直没有句号所以不当作小标题而是当作正文来排版处理的情况。")), p);
    }
}
