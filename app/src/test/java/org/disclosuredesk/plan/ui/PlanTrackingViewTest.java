// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 按单位: each unit's row carries its completion in the 完成情况 column, where a narrow task column cannot cut it. */
@ExtendWith(ApplicationExtension.class)
class PlanTrackingViewTest {

    @TempDir
    static Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(Database.open(dir.resolve("tracking-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2020-10-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        Path seed = dir.resolve("seed-" + System.nanoTime() + ".txt");
        try (InputStream in = getClass().getResourceAsStream("/plan/seeds/000_aaf467e61dda3a45.txt")) {
            Files.copy(in, seed);
        }
        long id = context.plans().importPlan(context.plans().read(seed, null));
        TrackedTask first = context.plans().items(id).stream().filter(t -> !t.heading()).findFirst().orElseThrow();
        context.plans().changeStatus(first.id(), TaskStatus.DONE, null);
        PlanScreen screen = new PlanScreen(context.planContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(screen, 1176, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_units_row_shows_its_name_and_its_completion_in_their_own_columns(FxRobot robot) {
        TreeTableView<TrackingRow> byUnit = robot.lookup(".plan-by-unit").queryAs(TreeTableView.class);
        TreeItem<TrackingRow> office = byUnit.getRoot().getChildren().stream()
                .filter(g -> "综合处".equals(g.getValue().group())).findFirst().orElseThrow();
        TreeTableColumn<TrackingRow, ?> task = byUnit.getColumns().get(1);
        TreeTableColumn<TrackingRow, ?> status = byUnit.getColumns().stream()
                .filter(c -> "plan-col-status".equals(c.getId())).findFirst().orElseThrow();

        assertEquals("综合处", task.getCellData(office));
        // 综合处 leads five of the eight tasks; the first is done.
        assertEquals("1/5（20%）", status.getCellData(office));
    }
}
