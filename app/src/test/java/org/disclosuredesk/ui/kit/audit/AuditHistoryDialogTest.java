// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.TestClock;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 「操作记录」 button a screen puts beside a record: it opens that record's history in a window of its own. */
@ExtendWith(ApplicationExtension.class)
class AuditHistoryDialogTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private final AtomicReference<Long> shown = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("dialog-" + System.nanoTime() + ".db")), new TestClock("2025-03-05T10:00:00"));
        context.audit().record("request", 7L, AuditEntry.Action.CREATE, "登记申请 依申请〔2025〕第7号：张三");
        context.audit().recordFieldChanges("request", 7L, Map.of("received_on", "2025-03-05"), Map.of("received_on", "2025-03-06"));
        AuditHistoryDialog dialog = new AuditHistoryDialog(context.audit(), new CurrentThreadTaskExecutor());
        Button button = dialog.button("request", shown::get, () -> "依申请〔2025〕第7号");
        stage.setScene(new Scene(new StackPane(button), 300, 100));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && ((Stage) w).getTitle() != null
                && ((Stage) w).getTitle().startsWith("操作记录")).toList().forEach(Window::hide));
        context.close();
    }

    @Test
    void opens_the_shown_records_history_with_field_names_an_office_worker_knows(FxRobot robot) {
        shown.set(7L);
        robot.clickOn(Texts.get("audit.button"));

        Stage history = historyWindow();
        assertEquals("操作记录 — 依申请〔2025〕第7号", history.getTitle());
        TableView<AuditRow> table = robot.from(history.getScene().getRoot()).lookup("#auditHistory").queryTableView();
        assertEquals(2, table.getItems().size());
        AuditRow change = table.getItems().stream().filter(r -> !r.field().isEmpty()).findFirst().orElseThrow();
        assertEquals("收到申请日期", change.field());
        assertEquals("2025-03-05", change.oldValue());
        assertEquals("2025-03-06", change.newValue());
        assertEquals("2025-03-05 10:00:00", change.at());
    }

    @Test
    void does_nothing_while_no_record_is_shown(FxRobot robot) {
        shown.set(null);
        robot.clickOn(Texts.get("audit.button"));

        assertTrue(Window.getWindows().stream().noneMatch(w -> w instanceof Stage && "操作记录 — 依申请〔2025〕第7号".equals(((Stage) w).getTitle())));
    }

    private static Stage historyWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && ((Stage) w).getTitle() != null
                && ((Stage) w).getTitle().startsWith("操作记录")).map(w -> (Stage) w).findFirst().orElseThrow();
    }
}
