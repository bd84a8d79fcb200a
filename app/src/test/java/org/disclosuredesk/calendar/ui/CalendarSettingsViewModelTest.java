// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.calendar.DueDateChange;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工作日历 screen's view model, with a same-thread executor and a real database. */
class CalendarSettingsViewModelTest {

    /** An invented notice for a year with no data yet (weekdays checked: 2027-01-01 is a Friday). */
    static final String NOTICE_2027 = "国务院办公厅关于2027年部分节假日安排的通知\n"
            + "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n"
            + "二、春节：2月5日（农历除夕、周五）至12日（周五）放假调休，共8天。2月14日（周日）上班。";

    @TempDir
    Path dir;

    private AppContext context;
    private CalendarSettingsViewModel model;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        model = new CalendarSettingsViewModel(context.calendar(), new CurrentThreadTaskExecutor(), context.clock());
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void opens_on_this_year_with_its_notice_and_counts() {
        assertEquals(2025, model.yearProperty().get());
        assertEquals(IntStream.rangeClosed(2019, 2026).boxed().collect(Collectors.toList()), model.years());
        assertTrue(model.coveredProperty().get());
        assertEquals("依据：国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号", model.basisProperty().get());
        assertEquals("全年 248 个工作日 · 放假 28 天 · 调休上班 5 天", model.summaryProperty().get());
        assertEquals(DayStyle.SHIFTED_WORKDAY, cell("2025-01-26").style());
        assertEquals(DayStyle.HOLIDAY, cell("2025-10-08").style());
        assertEquals(DayStyle.WEEKEND, cell("2025-10-12").style());
    }

    // [utest->req~calendar.uncovered-year~1]
    @Test
    void a_year_without_its_notice_is_marked_not_updated_and_counts_weekends_only() {
        model.yearProperty().set(2027);
        assertFalse(model.coveredProperty().get());
        assertEquals("「日历未更新」2027 年暂按周末计算工作日，请在右侧粘贴该年的放假通知", model.basisProperty().get());
        assertEquals("全年 261 个工作日 · 放假 0 天 · 调休上班 0 天", model.summaryProperty().get());
        assertEquals(365, model.gridProperty().get().days().size());
    }

    // [utest->req~calendar.notice-parse~1]
    @Test
    void a_pasted_notice_is_previewed_saved_and_then_shown() {
        model.yearProperty().set(2027);
        model.noticeTextProperty().set(NOTICE_2027);
        model.parseNotice();

        assertEquals(List.of("1月1日至1月3日 放假（元旦，3 天）", "2月5日至2月12日 放假（春节，8 天）", "2月14日（星期日）调休上班（春节）"),
                model.previewLines());
        assertEquals(List.of(), model.previewProblems());
        assertTrue(model.previewNotes().get(0).contains("没有找到清明节、劳动节、端午节、中秋节、国庆节的安排"), model.previewNotes().toString());
        assertTrue(model.canSaveProperty().get());
        assertEquals("保存为 2027 年日历", model.saveTextProperty().get());

        model.saveNotice();

        assertEquals("已保存 2027 年日历。", model.messageProperty().get());
        assertEquals("没有申请的答复期限因此改变。", model.movedHeadingProperty().get());
        assertTrue(model.coveredProperty().get());
        assertEquals(DayStyle.HOLIDAY, cell("2027-02-05").style());
        assertEquals("", model.noticeTextProperty().get());
        assertFalse(model.canSaveProperty().get());
    }

    @Test
    void a_notice_with_a_bad_line_shows_it_and_cannot_be_saved() {
        model.noticeTextProperty().set(NOTICE_2027.replace("2月14日（周日）", "2月14日（周六）"));
        model.parseNotice();

        assertEquals(2027, model.yearProperty().get());
        assertEquals(List.of("第 3 行「二、春节：2月5日（农历除夕、周五）至12日（周五）放假调休，共8天。2月14日（周六）上班。」：2月14日是星期日，不是星期六。"),
                model.previewProblems());
        assertFalse(model.canSaveProperty().get());
        assertEquals("有 1 处问题（红色）：请改正通知文本后重新解析，不能保存。", model.saveBlockedReasonProperty().get());
        model.saveNotice();
        assertFalse(context.calendar().current().covers(2027));
    }

    @Test
    void nothing_pasted_says_so() {
        model.parseNotice();
        assertEquals("请先把通知全文粘贴到文本框中。", model.messageProperty().get());
    }

    // [utest->req~calendar.change-recompute~1]
    @Test
    void editing_a_day_lists_the_due_dates_it_moved() {
        context.calendar().addListener(updated -> List.of(new DueDateChange("依申请〔2025〕第12号", "张三",
                LocalDate.parse("2025-10-20"), LocalDate.parse("2025-10-21"))));

        model.setDay(LocalDate.parse("2025-10-09"), DayKind.HOLIDAY);

        assertEquals("2025-10-09 已改为放假。", model.messageProperty().get());
        assertEquals("答复期限随之改变的申请（1 件）", model.movedHeadingProperty().get());
        assertEquals(List.of("依申请〔2025〕第12号 张三：2025-10-20 → 2025-10-21"), model.movedDueDates());
        assertEquals(DayStyle.HOLIDAY, cell("2025-10-09").style());
    }

    @Test
    void a_refused_edit_shows_why() {
        model.setDay(LocalDate.parse("2025-10-09"), DayKind.WORKDAY);
        assertEquals("2025-10-09是星期四，本来就上班：调休上班的只能是星期六或星期日。", model.messageProperty().get());
    }

    private DayCell cell(String date) {
        return model.gridProperty().get().days().stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }
}
