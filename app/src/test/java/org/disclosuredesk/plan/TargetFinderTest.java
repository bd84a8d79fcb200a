// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What is not a target; what is one lives in target-examples.tsv (TargetPhraseTableTest). */
class TargetFinderTest {

    @Test
    void plain_numbers_are_not_targets() {
        assertEquals(List.of(), TargetFinder.find("对照26个领域基层政务公开标准指引，24小时接受咨询"));
    }

    @Test
    void a_growth_figure_or_a_year_is_not_a_rate_target() {
        assertEquals(List.of(), TargetFinder.find("地区生产总值增长6.2%左右，2023年度完成"));
    }

    @Test
    void two_targets_in_one_sentence_are_both_kept_in_order() {
        List<Target> found = TargetFinder.find("信息公开率达100%，每月更新不少于4条");
        assertEquals(List.of("信息公开率达100%", "每月更新不少于4条"), found.stream().map(Target::text).toList());
        assertEquals(Recurrence.MONTHLY, found.get(1).period());
    }
}
