// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline phrases kept as written and what each means, read in the plan's year (2020 here). */
class DeadlineFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2020年9月底前，逐项对照清单 | 2020年9月底前 | DATE | 2020-09-30 | ''",
        "9月底前完成 | 9月底前 | DATE | 2020-09-30 | ''",
        "12月底前，县级政府要指导 | 12月底前 | DATE | 2020-12-31 | ''",
        "２０２１年２月底前 | ２０２１年２月底前 | DATE | 2021-02-28 | ''",
        "年内将开展一次专项督查 | 年内 | DATE | 2020-12-31 | ''",
        "年底前完成改版 | 年底前 | DATE | 2020-12-31 | ''",
        "2020年底前，建设完成平台 | 2020年底前 | DATE | 2020-12-31 | ''",
        "2021年12月31日前建成 | 2021年12月31日前 | DATE | 2021-12-31 | ''",
        "上半年完成目录编制 | 上半年 | DATE | 2020-06-30 | ''",
        "第三季度前完成升级 | 第三季度前 | DATE | 2020-09-30 | ''",
        "9月中旬前报送 | 9月中旬前 | DATE | 2020-09-20 | ''",
        "9月前报送 | 9月前 | DATE | 2020-08-31 | ''",
        "应在5个工作日内报送 | 5个工作日内 | RELATIVE | '' | ''",
        "最迟要在5小时内发布 | 5小时内 | RELATIVE | '' | ''",
        "三个月内完成 | 三个月内 | RELATIVE | '' | ''",
        "每周更新不少于2次 | 每周 | RECURRING | '' | WEEKLY",
        "每季度开展一次检查 | 每季度 | RECURRING | '' | QUARTERLY",
        "每年年底前完成目录编制 | 每年年底前 | RECURRING | 2020-12-31 | YEARLY",
        "每半年督查一次 | 每半年 | RECURRING | '' | HALF_YEARLY",
        "每月5日前更新 | 每月5日前 | RECURRING | '' | MONTHLY",
        "長期堅持 | 長期堅持 | ONGOING | '' | ''",
        "持续推进专区建设 | 持续推进 | ONGOING | '' | ''"})
    void reads_each_phrase(String text, String phrase, DeadlineKind kind, String date, String recurrence) {
        List<Deadline> found = DeadlineFinder.find(text, 2020);
        assertEquals(1, found.size(), found.toString());
        Deadline d = found.get(0);
        assertEquals(phrase, d.phrase());
        assertEquals(kind, d.kind());
        assertEquals(date.isEmpty() ? null : LocalDate.parse(date), d.date());
        assertEquals(recurrence.isEmpty() ? null : Recurrence.valueOf(recurrence), d.recurrence());
    }

    @Test
    void text_without_a_time_limit_has_none() {
        assertEquals(List.of(), DeadlineFinder.find("全年单独或共同出席新闻发布会不少于1次，24小时接受咨询，2020年8月27日印发", 2020));
    }

    @Test
    void a_phrase_without_a_year_has_no_date_when_the_plans_year_is_unknown() {
        Deadline d = DeadlineFinder.find("9月底前完成", null).get(0);
        assertEquals(DeadlineKind.DATE, d.kind());
        assertNull(d.date());
    }

    @Test
    void several_phrases_give_the_latest_date_as_the_tasks_due_date() {
        List<Deadline> found = DeadlineFinder.find("2020年7月底前，各级政府网站要设置专栏；9月底前，增设专题页面", 2020);
        assertEquals(List.of("2020年7月底前", "9月底前"), found.stream().map(Deadline::phrase).toList());
        assertEquals(LocalDate.of(2020, 9, 30), PlanItem.dueDateOf(found));
        assertEquals(DeadlineKind.DATE, PlanItem.kindOf(found));
    }

    @Test
    void a_table_cell_that_is_not_a_date_is_kept_as_written_and_read_as_ongoing() {
        assertEquals(DeadlineKind.ONGOING, DeadlineFinder.fromCell("长期", 2020).get(0).kind());
        // Issue 16: a limit that names no date resolves to 「持续」, never dropped.
        for (String cell : List.of("按上级要求", "与预算公开同步", "按规定时限")) {
            Deadline other = DeadlineFinder.fromCell(cell, 2020).get(0);
            assertEquals(cell, other.phrase());
            assertEquals(DeadlineKind.ONGOING, other.kind());
        }
    }
}
