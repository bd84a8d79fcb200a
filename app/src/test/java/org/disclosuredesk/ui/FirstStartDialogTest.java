// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-start dialog: Enter on the demo check box starts (the default button), it does not untick it. */
@ExtendWith(ApplicationExtension.class)
class FirstStartDialogTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void enter_on_the_ticked_demo_box_starts_with_demo_data(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Dialog<FirstStartDialog.Choice>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = FirstStartDialog.build();
            dialog[0].show();
        });
        TextField name = (TextField) dialog[0].getDialogPane().lookup(".text-field");
        CheckBox demo = (CheckBox) dialog[0].getDialogPane().lookup(".check-box");
        robot.interact(() -> {
            name.setText(" 示例县人民政府办公室 ");
            demo.setSelected(true);
            demo.requestFocus();
        });

        robot.interact(() -> {
            demo.fireEvent(key(KeyEvent.KEY_PRESSED));
            demo.fireEvent(key(KeyEvent.KEY_RELEASED));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(demo.isSelected(), "Enter does not untick the box");
        assertFalse(dialog[0].isShowing(), "Enter started");
        assertEquals(new FirstStartDialog.Choice("示例县人民政府办公室", true), dialog[0].getResult());
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type) {
        return new KeyEvent(type, "", "", KeyCode.ENTER, false, false, false, false);
    }
}
