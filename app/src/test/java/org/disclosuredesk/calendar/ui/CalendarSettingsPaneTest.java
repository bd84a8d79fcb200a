// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screen itself: an uncovered year, a notice pasted, read and saved, then a day edited by its menu. */
@ExtendWith(ApplicationExtension.class)
class CalendarSettingsPaneTest {

    private static final PseudoClass NOT_UPDATED = PseudoClass.getPseudoClass("not-updated");

    @TempDir
    static Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("pane-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        stage.setScene(new Scene(new CalendarSettingsPane(context.calendarContext(new CurrentThreadTaskExecutor())), 1200, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void a_pasted_notice_turns_a_not_updated_year_into_a_marked_one(FxRobot robot) {
        robot.interact(() -> robot.lookup("#calendarYear").<ComboBox<Integer>>query().setValue(2027));
        Node basis = robot.lookup("#calendarBasis").query();
        assertTrue(basis.getPseudoClassStates().contains(NOT_UPDATED));
        assertTrue(robot.lookup("#calendarBasis").queryLabeled().getText().startsWith("「日历未更新」2027 年"));
        assertTrue(robot.lookup("#day-2027-02-05").query().getStyleClass().contains("day-working"));

        robot.interact(() -> robot.lookup("#noticeText").<TextArea>query().setText(CalendarSettingsViewModelTest.NOTICE_2027));
        robot.clickOn("#noticeText").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.clickOn("#saveNotice");

        assertFalse(basis.getPseudoClassStates().contains(NOT_UPDATED));
        assertTrue(robot.lookup("#day-2027-02-05").query().getStyleClass().contains("day-holiday"));
        assertTrue(robot.lookup("#day-2027-02-14").query().getStyleClass().contains("day-shifted"));

        robot.clickOn("#day-2027-02-15");
        robot.clickOn("把 2027-02-15 设为放假");
        Node edited = robot.lookup("#day-2027-02-15").query();
        assertTrue(edited.getStyleClass().contains("day-holiday"));
    }
}
