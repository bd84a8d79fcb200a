// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.TestClock;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditHistoryViewModelTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2025-03-05T10:00:00");
    private AppContext context;
    private AuditHistoryViewModel model;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("desk.db")), clock);
        model = new AuditHistoryViewModel(context.audit(), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void shows_who_when_what_old_and_new_newest_first() {
        context.audit().record("request", 7L, AuditEntry.Action.CREATE, "登记申请 依申请〔2025〕第7号");
        clock.set("2025-03-06T14:30:00");
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("applicant_name", "张三");
        before.put("phone", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("applicant_name", "张叁");
        after.put("phone", "13800000000");
        context.audit().recordFieldChanges("request", 7L, before, after);
        context.audit().record("request", 8L, AuditEntry.Action.CREATE, "另一件申请");
        model.setFieldLabels(Map.of("applicant_name", "申请人姓名"));

        model.show("request", 7);

        String me = System.getProperty("user.name", "unknown");
        assertEquals(List.of(
                new AuditRow("2025-03-06 14:30:00", me, Texts.get("audit.action.update"), "联系电话", Texts.get("audit.value.none"), "138****0000",
                        "已修改（号码已脱敏）"),   // issue 14 item 8: the trail keeps phone numbers masked
                new AuditRow("2025-03-06 14:30:00", me, Texts.get("audit.action.update"), "申请人姓名", "张三", "张叁", ""),
                new AuditRow("2025-03-05 10:00:00", me, Texts.get("audit.action.create"), "", Texts.get("audit.value.none"),
                        Texts.get("audit.value.none"), "登记申请 依申请〔2025〕第7号")), model.entries());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void a_record_without_history_says_so() {
        model.show("document", 1);
        assertEquals(List.of(), model.entries());
        assertEquals(Texts.get("audit.history.empty"), model.messageProperty().get());
    }

    @Test
    void every_action_has_a_chinese_label() {
        for (AuditEntry.Action action : AuditEntry.Action.values()) {
            String label = AuditHistoryViewModel.actionLabel(action);
            assertEquals(false, label.startsWith("!") || label.equals(action.name()), action + " → " + label);
        }
    }
}
