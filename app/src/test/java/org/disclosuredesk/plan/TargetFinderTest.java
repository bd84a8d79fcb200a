// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "政务新媒体每周更新不少于2次，| 每周更新不少于2次 | 2 | 次 | WEEKLY",
        "报送的稿件被采用量全年不少于10条 | 全年不少于10条 | 10 | 条 | YEARLY",
        "同时对转办的政务舆情，回复率不低于80%。 | 回复率不低于80% | 80 | % | ''",
        "年内对本系统专项督查评估不少于1次。 | 不少于1次 | 1 | 次 | ''",
        "主要负责人每年至少要听取一次政务公开工作汇报 | 每年至少要听取一次 | 1 | 次 | YEARLY",
        "答复时限不超过20个工作日 | 不超过20个工作日 | 20 | 个工作日 | ''",
        "全年不少於4次 | 全年不少於4次 | 4 | 次 | YEARLY"})
    void reads_a_target(String text, String target, String quantity, String measure, String period) {
        List<Target> found = TargetFinder.find(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(target, found.get(0).text());
        assertEquals(0, new BigDecimal(quantity).compareTo(found.get(0).quantity()));
        assertEquals(measure, found.get(0).measure());
        assertEquals(period.isEmpty() ? null : Recurrence.valueOf(period), found.get(0).period());
    }

    @Test
    void plain_numbers_are_not_targets() {
        assertEquals(List.of(), TargetFinder.find("对照26个领域基层政务公开标准指引，24小时接受咨询"));
    }
}
