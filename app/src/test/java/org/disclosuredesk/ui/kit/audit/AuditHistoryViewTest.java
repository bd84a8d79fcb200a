// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.TestClock;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The view embedded alone, as a feature would embed it under a record. */
@ExtendWith(ApplicationExtension.class)
class AuditHistoryViewTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private AuditHistoryView view;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("audit-" + System.nanoTime() + ".db")), new TestClock("2025-03-05T10:00:00"));
        context.audit().record("document", 3L, AuditEntry.Action.CREATE, "登记文件 县政办发〔2025〕3号");
        context.audit().recordChange("document", 3L, "现行有效", "已废止", "废止文件");
        view = new AuditHistoryView(context.audit(), new CurrentThreadTaskExecutor());
        stage.setScene(new Scene(view, 900, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void switching_records_shows_each_records_history(FxRobot robot) {
        robot.interact(() -> view.show("document", 3));
        TableView<AuditRow> table = robot.lookup("#auditHistory").queryTableView();
        assertEquals(2, table.getItems().size());
        assertEquals("已废止", table.getItems().get(0).newValue());

        robot.interact(() -> view.show("document", 4));
        assertEquals(0, table.getItems().size());
    }
}
