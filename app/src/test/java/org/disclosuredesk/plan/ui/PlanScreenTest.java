// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Import through the screen: the review opens beside the source, 保存方案 stores it and shows the tracking view. */
@ExtendWith(ApplicationExtension.class)
class PlanScreenTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private PlanScreen screen;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("screen-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        screen = new PlanScreen(context.planContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(screen, 1180, 740);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void importing_a_plan_shows_the_review_and_saving_it_shows_its_tasks(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("plan-" + System.nanoTime() + ".txt"),
                "某局2025年政务公开工作方案\n一、重点任务\n（一）做好财政信息公开。9月底前完成。（牵头单位：局办公室）\n（二）推进政策解读。（办公室负责）\n");

        robot.interact(() -> screen.importFile(file));
        WaitForAsyncUtils.waitForFxEvents();

        Button save = robot.lookup(".plan-review .accent").queryAs(Button.class);
        assertEquals(Texts.get("plan.review.save", 2), save.getText());
        assertTrue(robot.lookup("局办公室").tryQuery().isPresent(), "the unknown unit is shown");
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, context.plans().plans().size());
        TreeTableView<?> tree = robot.lookup(".plan-by-plan").queryAs(TreeTableView.class);
        assertEquals(1, tree.getRoot().getChildren().size(), String.valueOf(tree.getRoot().getChildren().stream().map(c -> String.valueOf(c.getValue())).toList()));
        assertEquals(2, tree.getRoot().getChildren().get(0).getChildren().size());
    }

    @Test
    void esc_on_the_task_detail_with_a_half_written_note_asks_before_throwing_it_away(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("plan-" + System.nanoTime() + ".txt"),
                "某局2025年政务公开工作方案\n一、重点任务\n（一）做好财政信息公开。9月底前完成。（办公室负责）\n");
        robot.interact(() -> screen.importFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".plan-review .accent").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextArea note = robot.lookup(".plan-detail .text-area").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> note.setText("已在门户网站公开预算"));
        pressEscape(note);
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("已在门户网站公开预算", note.getText(), "取消 keeps the typing");

        pressEscape(note);
        robot.clickOn(Texts.get("form.discard.yes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", note.getText(), "放弃修改 empties the note");
        assertEquals(0, context.database().tableCounts().get("plan_task_progress"), "nothing was stored");
    }

    /** Esc fired without waiting: it opens a modal question (Monocle gives the robot's keys to no window after it). */
    private static void pressEscape(javafx.scene.Node target) {
        javafx.application.Platform.runLater(() -> target.fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ESCAPE, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
