// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.demo;

import org.disclosuredesk.AppContext;
import org.disclosuredesk.plan.PlanDemoData;
import org.disclosuredesk.register.RegisterDemoData;
import org.disclosuredesk.requests.RequestDemoData;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;

/**
 * A realistic demo office for a year and the year before, entered through the same services the
 * window uses, so the demo also exercises every rule a real office's data meets.
 */
public final class DemoOffice {

    public static final String DEMO_OFFICE_NAME = "示例县人民政府办公室";

    private final AppContext context;

    public DemoOffice(AppContext context) {
        this.context = context;
    }

    public void fill(int year, BackgroundTask.Progress progress) {
        fill(year, null, progress);
    }

    /** {@code officeName} null or blank: the usual demo office; another name makes another demo office. */
    public void fill(int year, String officeName, BackgroundTask.Progress progress) {
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
}
