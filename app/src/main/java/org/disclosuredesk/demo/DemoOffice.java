// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.plan.PlanDemoData;
import org.disclosuredesk.register.RegisterDemoData;
import org.disclosuredesk.requests.RequestDemoData;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;

/**
 * A realistic demo office for a year and the year before, entered through the same services the
 * window uses, so the demo also exercises every rule a real office's data meets.
 */
public final class DemoOffice {

    public static final String DEMO_OFFICE_NAME = "示例县人民政府办公室";

    /**
     * The office's own records: a database holding a row in any of them is a real office's, and the demo
     * would mix invented documents and requests into its ledgers (issue 14, item 1). Settings, the audit
     * trail and the calendar do not count: the first start saves the office name just before the demo.
     */
    static final Map<String, String> LEDGER_TABLES = orderedMap("plan", "工作方案", "unit", "单位名录", "document", "主动公开台账",
            "yearly_statistics", "年度统计数据", "request", "依申请公开台账", "review_case", "复议诉讼", "report_draft", "年度报告",
            "year_lock", "年度锁定");

    private final AppContext context;

    public DemoOffice(AppContext context) {
        this.context = context;
    }

    /**
     * Fills the demo office into an empty database, all in one transaction: a database that already holds
     * an office's records is refused before anything is written, and a failure half way leaves nothing.
     */
    public void fill(int year, BackgroundTask.Progress progress) {
        fill(year, null, progress);
    }

    /**
     * {@code officeName} null or blank: the usual demo office; another name makes another demo office.
     * Fills the demo into an empty database only, all in one transaction (issue 14, item 1).
     */
    public void fill(int year, String officeName, BackgroundTask.Progress progress) {
        context.database().inTransaction(() -> {
            requireNoLedgerData();
            fillEmpty(year, officeName, progress);
            return null;
        });
    }

    private void requireNoLedgerData() {
        Map<String, Integer> counts = context.database().tableCounts();
        List<String> holding = LEDGER_TABLES.entrySet().stream().filter(t -> counts.getOrDefault(t.getKey(), 0) > 0)
                .map(Map.Entry::getValue).collect(Collectors.toList());
        if (!holding.isEmpty()) {
            throw new UserError("数据库“" + context.database().file() + "”中已有本单位的数据（" + String.join("、", holding)
                    + "），演示数据只能填入空数据库，以免与真实台账混在一起。未作任何改动。"
                    + "如需查看演示，请用 --db 指定一个新文件（先运行 init）。");
        }
    }

    private void fillEmpty(int year, String officeName, BackgroundTask.Progress progress) {
        boolean named = officeName != null && !officeName.isBlank();
        if (context.settings().find().isEmpty()) {
            OrgSettings s = OrgSettings.defaultsFor(named ? officeName.strip() : DEMO_OFFICE_NAME);
            context.settings().save(new OrgSettings(s.officeName(), named ? officeName.strip() : "示例县人民政府",
                    named ? officeName.strip() : "示例县人民政府办公室",
                    s.requestNumberPrefix(), s.dueSoonWorkingDays(), s.interpretationWorkingDays(),
                    "11520000MB1234567X/{year}-{seq:5}", "演示操作员"));
        }
        int steps = 8;
        int done = 0;
        progress.update(++done, steps, "机关信息");
        PlanDemoData plans = new PlanDemoData(context.plans(), context.units(), context.clock());
        plans.fill(year - 1);
        progress.update(++done, steps, "工作方案 " + (year - 1) + " 年");
        plans.fill(year);
        progress.update(++done, steps, "工作方案 " + year + " 年");
        RegisterDemoData register = new RegisterDemoData(context.register(), context.yearlyStatistics(), context.clock());
        register.fill(year - 1);
        progress.update(++done, steps, "主动公开台账 " + (year - 1) + " 年");
        register.fill(year);
        progress.update(++done, steps, "主动公开台账 " + year + " 年");
        RequestDemoData requests = new RequestDemoData(context.requests(), context.reviewCases(), context.calendarSource());
        requests.fill(year - 1);
        progress.update(++done, steps, "依申请公开 " + (year - 1) + " 年");
        requests.fill(year);
        progress.update(++done, steps, "依申请公开 " + year + " 年");
        // The year before is complete: give it a drafted narrative so its report can be exported at once.
        if (context.report().draft(year - 1).isEmpty()) {
            context.report().saveNarrative(year - 1, context.report().generateDraft(year - 1), true);
        }
        progress.update(++done, steps, "年度报告初稿 " + (year - 1) + " 年");
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
