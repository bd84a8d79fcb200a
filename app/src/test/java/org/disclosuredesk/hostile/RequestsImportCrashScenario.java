// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosuredesk.AppContext;
import org.jooq.impl.DSL;

/** {@code requests import BIG.csv}: years of a county's request log typed into Excel come in at once. */
final class RequestsImportCrashScenario extends LedgerImportCrashScenario {

    RequestsImportCrashScenario() {
        super(6000);
    }

    @Override
    public String name() {
        return "requests import of 6,000 rows";
    }

    @Override
    String command() {
        return "requests";
    }

    @Override
    List<String> headings() {
        return List.of("申请人", "申请人类型", "收到申请日期", "申请内容", "办理结果", "答复日期");
    }

    @Override
    List<String> row(int i) {
        int month = 1 + i % 9;
        return List.of("申请人" + i, i % 3 == 0 ? "商业企业" : "自然人", "2025-0" + month + "-0" + (1 + i % 9),
                "关于第" + i + "号地块征收补偿方案的政府信息", "予以公开", "2025-0" + month + "-2" + (i % 9));
    }

    @Override
    int stored(AppContext ctx) {
        return ctx.requests().ledger(2025).size();
    }

    @Override
    void verifyNothingHalf(AppContext ctx, int stored) {
        int events = ctx.database().dsl().fetchCount(DSL.table("request_event"));
        assertTrue(complete(stored) || events == 0, "events without their requests: " + events);
    }
}
