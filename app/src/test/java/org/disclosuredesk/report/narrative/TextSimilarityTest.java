// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    private static final String LAST_YEAR = "2024年，本机关共收到政府信息公开申请31件，均在法定期限内答复。全年主动公开政府信息1200条，"
            + "政策解读12篇。持续加强政府网站建设，规范信息发布流程。";

    @Test
    void the_same_text_with_new_figures_counts_as_the_same() {
        String thisYear = LAST_YEAR.replace("2024", "2025").replace("31", "58").replace("1200", "1350").replace("12篇", "15篇");
        assertEquals(1.0, TextSimilarity.ratio(thisYear, LAST_YEAR), 1e-9);
    }

    @Test
    void a_rewritten_text_is_far_below_the_threshold() {
        String rewritten = "本年度依申请公开工作量明显上升，新收申请以征地拆迁、社会保障类为主。我们调整了受理流程，"
                + "由专人登记、法律顾问审核答复文书，并对涉及第三方的申请建立了书面征求意见台账。";
        assertTrue(TextSimilarity.ratio(rewritten, LAST_YEAR) < 0.5, "ratio " + TextSimilarity.ratio(rewritten, LAST_YEAR));
    }

    @Test
    void whitespace_is_ignored() {
        assertEquals(1.0, TextSimilarity.ratio("本机关 共收到\n申请", "本机关共收到申请"), 1e-9);
    }
}
