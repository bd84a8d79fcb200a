// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosuredesk.calendar.CalendarService;
import org.disclosuredesk.calendar.CalendarYear;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code workdays}: the working-day engine of the window, on the command line. A result that touches
 * a year without notice data is computed with weekends only and says so on stderr (「日历未更新」).
 */
// [impl->req~calendar.cli~1]
@Command(name = "workdays", description = "工作日计算（与窗口使用同一工作日历）。",
        subcommands = {WorkdaysCommand.Add.class, WorkdaysCommand.IsWorkday.class, WorkdaysCommand.ListDays.class})
final class WorkdaysCommand implements Runnable {

    private static final int MAX_DAYS = 3650;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "打印 FROM 之后第 N 个工作日的日期（FROM 当天不计入）。")
    static final class Add implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "起算日（当天不计入）")
        String from;

        @Option(names = "--days", required = true, paramLabel = "N", description = "工作日数")
        int days;

        @Override
        public void run() {
            if (days < 0 || days > MAX_DAYS) {
                throw new UserError("--days 应在 0 到 " + MAX_DAYS + " 之间：" + days);
            }
            LocalDate start = DateInput.parse(from, "--from");
            WorkCalendar calendar = Commands.context(spec).calendar().current();
            LocalDate result = calendar.addWorkingDays(start, days);
            Commands.out(spec).println(result);
            warnUncovered(spec, calendar.uncoveredYears(start, result));
        }
    }

    @Command(name = "is-workday", description = "打印该日是否为工作日：true 或 false。")
    static final class IsWorkday implements Runnable {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "YYYY-MM-DD", description = "日期")
        String date;

        @Override
        public void run() {
            LocalDate day = DateInput.parse(date, "日期");
            WorkCalendar calendar = Commands.context(spec).calendar().current();
            Commands.out(spec).println(calendar.isWorkingDay(day));
            warnUncovered(spec, calendar.uncoveredYears(day, day));
        }
    }

    @Command(name = "list", description = "列出一年的全部工作日：每行一个日期；--json 输出对象"
            + " {year, covered, notice_title, count, days}，days 为 ISO 日期数组。")
    static final class ListDays implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年份")
        int year;

        @Option(names = "--json", description = "以 JSON 对象输出")
        boolean json;

        @Override
        public void run() {
            if (year < 2000 || year > 2100) {
                throw new UserError("--year 应在 2000 到 2100 之间：" + year);
            }
            CalendarService service = Commands.context(spec).calendar();
            WorkCalendar calendar = service.current();
            List<LocalDate> days = calendar.workingDaysIn(year);
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("year", year);
                result.put("covered", calendar.covers(year));
                result.put("notice_title", service.year(year).map(CalendarYear::noticeTitle).orElse(null));
                result.put("count", days.size());
                result.put("days", days.stream().map(LocalDate::toString).collect(Collectors.toList()));
                Commands.printJson(spec, result);
            } else {
                days.forEach(Commands.out(spec)::println);
            }
            warnUncovered(spec, calendar.uncoveredYears(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
    }

    // [impl->req~calendar.uncovered-year~1]
    private static void warnUncovered(CommandSpec spec, Set<Integer> years) {
        for (int y : years) {
            spec.commandLine().getErr().println("注意：" + y + "年日历未更新（「日历未更新」：还没有录入国务院办公厅关于" + y
                    + "年部分节假日安排的通知），该年只按周末计算。请在 设置 → 工作日历 中粘贴该通知。");
        }
    }
}
