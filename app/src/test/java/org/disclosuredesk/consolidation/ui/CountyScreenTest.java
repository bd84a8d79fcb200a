// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.consolidation.OfficeStatus;
import org.disclosuredesk.consolidation.ReportState;
import org.disclosuredesk.consolidation.TestPackages;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 全县汇总 at 1024×700: who reported, the summed tables, and a cell's share per office. */
@ExtendWith(ApplicationExtension.class)
class CountyScreenTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private CountyViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(Database.open(dir.resolve("county-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        context.consolidation().importOffices(List.of("县教育局", "县民政局", "城关镇人民政府,乡镇"));
        context.consolidation().receive(2025, List.of(
                TestPackages.write(dir, TestPackages.of("县教育局", 2025, 3, ReportState.FINAL)),
                TestPackages.write(dir, TestPackages.of("城关镇人民政府", 2025, 4, ReportState.DRAFT))));
        model = new CountyViewModel(context.consolidation(), context.countyExports(), context.packageExporter(),
                new CurrentThreadTaskExecutor());
        model.yearProperty().set(2025);
        CountyScreen screen = new CountyScreen(model, () -> "示例县");
        Scene scene = new Scene(screen, 1024, 700);
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
    void every_listed_office_shows_whether_it_reported_and_in_which_state(FxRobot robot) {
        TableView<OfficeStatus> table = robot.lookup(".table-view").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        assertEquals("定稿，校验通过", table.getItems().get(0).situation());
        assertEquals("未报送", table.getItems().get(1).situation());
        assertEquals("草稿，校验通过", table.getItems().get(2).situation());
        assertTrue(model.remindersProperty().get().contains("县民政局（县直部门）：未报送，距1月31日截止还有11天"),
                model.remindersProperty().get());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_cell_of_the_county_tables_shows_each_offices_share(FxRobot robot) {
        robot.clickOn("全县汇总表");
        WaitForAsyncUtils.waitForFxEvents();
        Button seven = robot.lookup(".rg-value").match((Button b) -> "7".equals(b.getText())).queryAs(Button.class);
        robot.clickOn(seven);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Object> shares = robot.lookup(".county-shares").queryAs(ListView.class);
        assertEquals(2, shares.getItems().size());
        assertTrue(model.breakdownTitleProperty().get().endsWith("全县合计 7"), model.breakdownTitleProperty().get());
    }
}
