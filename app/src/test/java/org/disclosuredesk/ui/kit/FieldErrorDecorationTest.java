// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A refused field gets ControlsFX's error mark; correcting it takes the mark away. */
@ExtendWith(ApplicationExtension.class)
class FieldErrorDecorationTest {

    private final ObservableMap<String, String> errors = FXCollections.observableMap(new HashMap<>());
    private TextField receivedOn;
    private TextField name;

    @Start
    void start(Stage stage) {
        receivedOn = new TextField();
        name = new TextField();
        FieldErrorDecoration.decorate(receivedOn, errors, "receivedOn");
        FieldErrorDecoration.decorate(name, errors, "name");
        Scene scene = new Scene(new VBox(8, receivedOn, name), 400, 200);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void marks_only_the_refused_field_until_the_error_is_gone(FxRobot robot) {
        robot.interact(() -> errors.put("receivedOn", "收到申请日期“2025-13-01”不是存在的日期"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FieldErrorDecoration.isMarked(receivedOn));
        assertFalse(FieldErrorDecoration.isMarked(name));

        robot.interact(errors::clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(FieldErrorDecoration.isMarked(receivedOn));
    }
}
