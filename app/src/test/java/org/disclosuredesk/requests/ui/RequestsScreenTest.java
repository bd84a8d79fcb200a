// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.requests.EventKind;
import org.disclosuredesk.requests.RequestBuilderAccess;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screen mounted alone: search the list, open a request, register a new one from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class RequestsScreenTest {

    @TempDir
    static Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("screen-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        context.requests().register(RequestBuilderAccess.natural("2025-05-20", "张三", "道路改造立项批复", IdType.RESIDENT_ID, "11010519491231002X"));
        context.requests().register(RequestBuilderAccess.organisation("2025-06-03", "某科技有限公司", "学校规划招标文件"));
        RequestsScreen screen = new RequestsScreen(context.requestsContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(screen, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<RequestRow> table(FxRobot robot) {
        return robot.lookup(".requests-table").queryAs(TableView.class);
    }

    @Test
    void typing_in_the_search_filters_the_list_and_enter_opens_the_request(FxRobot robot) {
        assertEquals(2, table(robot).getItems().size());
        assertEquals("110105********002X", table(robot).getItems().get(0).maskedId());
        robot.clickOn("#requestSearch").write("学校");
        assertEquals(1, table(robot).getItems().size());
        assertEquals("某科技有限公司", table(robot).getItems().get(0).applicant());

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn(".requests-table .table-row-cell").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#step-DECISION").tryQuery().isPresent(), "the timeline offers the legal steps");
        assertEquals("依申请〔2025〕第2号", robot.lookup(".detail-bar .screen-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".deadline-date").queryAs(Label.class).getText().startsWith("2025-07-01"));
        assertTrue(robot.lookup("尚无办理记录").tryQuery().isPresent(), "the empty timeline says so");
    }

    @Test
    void enter_in_the_search_opens_the_only_match_and_otherwise_goes_to_the_table(FxRobot robot) {
        robot.clickOn("#requestSearch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table(robot).isFocused(), "two matches: Enter goes to the first line");
        assertEquals(0, table(robot).getSelectionModel().getSelectedIndex());

        robot.clickOn("#requestSearch").write("学校").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("依申请〔2025〕第2号", robot.lookup(".detail-bar .screen-title").queryAs(Label.class).getText());
    }

    @Test
    void ctrl_n_then_typing_and_enter_registers_a_new_request(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#applicantName").write("李四");
        robot.clickOn("#content").write("本县2024年财政预算").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("依申请〔2025〕第3号", robot.lookup(".detail-bar .screen-title").queryAs(Label.class).getText());
        assertEquals(3, context.database().tableCounts().get("request"));

        robot.clickOn("#step-CORRECTION_SENT");
        robot.clickOn("#step-field-on").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, context.database().tableCounts().get("request_event"));
        assertTrue(robot.lookup("#step-CORRECTION_RECEIVED").tryQuery().isPresent());
        assertEquals("待补正", robot.lookup(".deadline-date").queryAs(Label.class).getText(),
                "第三十条: the period restarts on the corrected application, it is not paused");
    }

    @Test
    void typing_a_known_applicants_name_offers_them_and_the_keyboard_picks_one(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#applicantName").write("张");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("三");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("张三", robot.lookup("#applicantName").queryAs(javafx.scene.control.TextField.class).getText(),
                "the suggestions must not swallow what is typed");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("11010519491231002X", robot.lookup("#idNumber").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals(2, context.database().tableCounts().get("request"), "choosing a suggestion does not save the form");
    }

    @Test
    void tab_walks_the_form_in_the_order_of_a_paper_application(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            visited.add(robot.lookup("#applicantKind").queryAs(javafx.scene.Node.class).getScene().getFocusOwner().getId());
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(java.util.List.of("applicantKind", "applicantName", "idType", "idNumber", "phone", "address", "email",
                "channel", "submittedOn", "receivedOn", "content", "formWanted", "notes"), visited);
    }

    @Test
    void every_step_has_an_icon() {
        for (EventKind kind : EventKind.values()) {
            new FontIcon(RequestTimelineView.ICONS.get(kind));
        }
    }

    @Test
    void esc_on_a_form_with_typing_asks_before_throwing_it_away(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#applicantName").write("李四");
        pressEscape(robot);
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("李四", robot.lookup("#applicantName").queryAs(javafx.scene.control.TextField.class).getText(),
                "取消 keeps the typing");
        assertTrue(robot.lookup("#applicantName").queryAs(javafx.scene.Node.class).getScene() != null);

        pressEscape(robot);
        robot.clickOn("放弃修改并关闭");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".requests-table").queryAs(javafx.scene.Node.class).getScene() != null, "back to the list");
        assertEquals(2, context.database().tableCounts().get("request"));
    }

    /**
     * Esc delivered to the focused field without waiting: it opens a modal question (and Monocle does not give
     * the keyboard back to the window after a modal closes, so the robot's own key presses would go nowhere).
     */
    private static void pressEscape(FxRobot robot) {
        javafx.scene.Node field = robot.lookup("#applicantName").queryAs(javafx.scene.Node.class);
        javafx.application.Platform.runLater(() -> field.fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_request_saved_for_another_year_is_shown_in_that_year_and_selected(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            text(robot, "#applicantName").setText("王五");
            text(robot, "#content").setText("2024年度部门预算");
            text(robot, "#submittedOn").setText("2024-12-20");
            text(robot, "#receivedOn").setText("2024-12-20");
        });
        robot.clickOn("#applicantName").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, context.database().tableCounts().get("request"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2024, robot.lookup(".request-list .combo-box").queryComboBox().getValue(), "the list went to the request's year");
        assertEquals("王五", table(robot).getSelectionModel().getSelectedItem().applicant(), "and selected it");
        assertTrue(robot.lookup(Texts.get("requests.list.revealedInYear", 2024)).tryQuery().isPresent(), "saying so");
    }

    private static javafx.scene.control.TextInputControl text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
    }

    @Test
    void esc_on_an_untouched_form_closes_it_at_once(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".requests-table").tryQuery().isPresent());
        assertTrue(robot.lookup("#applicantName").tryQuery().map(n -> n.getScene() == null).orElse(true));
    }
}
