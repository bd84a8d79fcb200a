// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.register.RegisterQuery;
import org.jooq.impl.DSL;

/** {@code register import BIG.csv}: an office's whole ledger of 8,000 documents comes in at once. */
final class RegisterImportCrashScenario extends LedgerImportCrashScenario {

    RegisterImportCrashScenario() {
        super(8000);
    }

    @Override
    public String name() {
        return "register import of 8,000 rows";
    }

    @Override
    String command() {
        return "register";
    }

    @Override
    List<String> headings() {
        return List.of("文件标题", "文号", "成文日期", "文种", "发文机关");
    }

    @Override
    List<String> row(int i) {
        return List.of("关于做好第" + i + "项重点工作的通知", "示府办发〔2025〕" + i + "号", "2025-0" + (1 + i % 9) + "-1" + (i % 9),
                "其他公文", "示例县人民政府办公室");
    }

    @Override
    int stored(AppContext ctx) {
        return ctx.register().count(RegisterQuery.ALL);
    }

    @Override
    void verifyNothingHalf(AppContext ctx, int stored) {
        assertEquals(stored, ctx.database().dsl().fetchCount(DSL.table("document")));
    }
}
