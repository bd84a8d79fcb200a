// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17: the database open waits for the frame; what it waits on runs once, on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class FramePulsesTest {

    private Scene scene;
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("正在打开数据库…");
        scene = new Scene(new StackPane(label), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void the_action_runs_once_on_the_fx_thread_after_the_frame_is_shown(FxRobot robot) throws Exception {
        List<Boolean> runs = new CopyOnWriteArrayList<>();
        robot.interact(() -> FramePulses.afterShown(scene, () -> runs.add(Platform.isFxApplicationThread())));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runs.isEmpty());
        for (int i = 0; i < 5; i++) { // later frames do not run it again
            int n = i;
            robot.interact(() -> label.setText("第" + n + "帧"));
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, runs.size(), "ran once");
        assertTrue(runs.get(0), "on the FX thread");
    }
}
