// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestFixture;
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

/** The items pane alone: a split request's items are listed and an item's result is chosen from its list. */
@ExtendWith(ApplicationExtension.class)
class RequestItemsViewTest {

    @TempDir
    static Path dir;

    private RequestFixture f;
    private Request request;

    @Start
    void start(Stage stage) {
        f = new RequestFixture(dir, "2025-06-30");
        request = f.register("2025-03-05", "张三", "立项批复和招标文件");
        f.context.requestItems().split(request.id(), List.of("立项批复", "招标文件"));
        RequestItemsViewModel model = new RequestItemsViewModel(f.context.requestItems(), new CurrentThreadTaskExecutor());
        model.load(request.id());
        Scene scene = new Scene(new RequestItemsView(model), 460, 320);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void choosing_an_item_s_result_in_its_list_saves_it(FxRobot robot) {
        assertTrue(robot.lookup("1. 立项批复").tryQuery().isPresent());
        assertTrue(robot.lookup("#mergeItems").tryQuery().isPresent());
        robot.clickOn("#itemResult-2");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() == ResultRow.WITHHELD_THIRD_PARTY)
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ResultRow.WITHHELD_THIRD_PARTY, f.context.requestItems().items(request.id()).get(1).result());
        @SuppressWarnings("unchecked")
        ComboBox<ResultRow> shown = robot.lookup("#itemResult-2").queryAs(ComboBox.class);
        assertEquals(ResultRow.WITHHELD_THIRD_PARTY, shown.getValue(), "the list is rebuilt with the saved result");
    }
}
