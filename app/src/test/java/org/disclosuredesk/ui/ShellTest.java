// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.consolidation.ui.CountyScreen;
import org.disclosuredesk.overview.ui.OverviewScreen;
import org.disclosuredesk.plan.ui.PlanScreen;
import org.disclosuredesk.register.ui.RegisterScreen;
import org.disclosuredesk.report.ui.ReportScreen;
import org.disclosuredesk.requests.ui.RequestsScreen;
import org.disclosuredesk.settings.ui.SettingsScreen;
import org.disclosuredesk.ui.kit.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell opens and every navigation entry shows its screen. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = TestShell.freshContext(dir, "shell");
        window = TestShell.show(stage, context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void every_navigation_entry_shows_its_screen(FxRobot robot) {
        Map<Navigation, Class<?>> expected = Map.of(
                Navigation.OVERVIEW, OverviewScreen.class,
                Navigation.PLAN, PlanScreen.class,
                Navigation.REGISTER, RegisterScreen.class,
                Navigation.REQUESTS, RequestsScreen.class,
                Navigation.REPORT, ReportScreen.class,
                Navigation.SETTINGS, SettingsScreen.class,
                Navigation.COUNTY, CountyScreen.class);
        for (Navigation entry : Navigation.values()) {
            robot.clickOn(Texts.get(entry.textKey()));
            assertEquals(entry, window.current());
            Node shown = ((StackPane) window.getCenter()).getChildren().get(0);
            assertInstanceOf(expected.get(entry), shown, entry.name());
        }
    }

    @Test
    void the_status_bar_names_the_database_file(FxRobot robot) {
        assertEquals(Texts.get("status.database", context.database().file().toString()),
                robot.lookup(".status-db").queryLabeled().getText());
    }

    @Test
    void after_the_data_is_replaced_other_screens_are_built_afresh_and_the_current_one_stays(FxRobot robot) {
        robot.clickOn(Texts.get("nav.register"));
        Node registerBefore = shownScreen();
        robot.clickOn(Texts.get("nav.settings"));
        Node settingsBefore = shownScreen();

        robot.interact(window::dataReplaced);

        assertSame(settingsBefore, shownScreen());
        robot.clickOn(Texts.get("nav.settings"));
        assertSame(settingsBefore, shownScreen());
        robot.clickOn(Texts.get("nav.register"));
        assertInstanceOf(RegisterScreen.class, shownScreen());
        assertNotSame(registerBefore, shownScreen());
    }

    private Node shownScreen() {
        return ((StackPane) window.getCenter()).getChildren().get(0);
    }

    @Test
    void saving_the_office_name_in_settings_renames_the_sidebar_and_the_title_at_once(FxRobot robot) {
        context.settings().save(org.disclosuredesk.settings.OrgSettings.defaultsFor("示例县政府办"));
        robot.clickOn(Texts.get("nav.settings"));
        javafx.scene.control.TextField name = robot.lookup("#officeName").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> name.setText("示例县人民政府办公室"));
        robot.clickOn("#officeName").type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertEquals("示例县人民政府办公室", context.settings().current().officeName());
        assertEquals("示例县人民政府办公室", robot.lookup(".nav-office").queryLabeled().getText(), "the sidebar, without a restart");
        assertEquals("示例县人民政府办公室", window.officeNameProperty().get(), "what the window's title follows");
    }

    @Test
    void esc_on_settings_with_typing_asks_and_discarding_shows_the_stored_values_again(FxRobot robot) {
        context.settings().save(org.disclosuredesk.settings.OrgSettings.defaultsFor("示例县政府办"));
        robot.clickOn(Texts.get("nav.settings"));
        javafx.scene.control.TextField name = robot.lookup("#officeName").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> name.setText("改了一半的名称"));
        pressEscape(name);
        robot.clickOn("取消");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("改了一半的名称", name.getText(), "取消 keeps the typing");

        pressEscape(name);
        robot.clickOn(Texts.get("form.discard.yes"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("示例县政府办", name.getText(), "the stored name again");
        assertEquals("示例县政府办", context.settings().current().officeName(), "nothing saved");

        // Without typing, Esc asks nothing.
        pressEscape(name);
        assertEquals(0, robot.listTargetWindows().stream().filter(w -> w instanceof javafx.stage.Stage
                && ((javafx.stage.Stage) w).getModality() != javafx.stage.Modality.NONE && w.isShowing()).count());
    }

    @Test
    void after_the_demo_fill_the_overview_shows_its_figures_without_refresh(FxRobot robot) {
        robot.clickOn(Texts.get("nav.overview"));
        assertEquals(java.util.List.of("0"), figures(robot), "an empty office");

        new org.disclosuredesk.demo.DemoOffice(context).fill(2025, org.disclosuredesk.shared.BackgroundTask.Progress.NONE);
        robot.interact(() -> window.showAfresh(Navigation.OVERVIEW));

        assertInstanceOf(OverviewScreen.class, shownScreen());
        org.junit.jupiter.api.Assertions.assertNotEquals(java.util.List.of("0"), figures(robot), "the demo office's figures");
    }

    /** The overview's card figures, each different value once. */
    private java.util.List<String> figures(FxRobot robot) {
        return robot.lookup(".card-figure").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getScene() != null).map(javafx.scene.control.Label::getText).distinct().sorted()
                .collect(java.util.stream.Collectors.toList());
    }

    /** Esc fired without waiting: it opens a modal question (Monocle gives the robot's keys to no window after it). */
    private static void pressEscape(javafx.scene.Node target) {
        javafx.application.Platform.runLater(() -> target.fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ESCAPE, false, false, false, false)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clicking_the_selected_entry_again_keeps_it_selected(FxRobot robot) {
        robot.clickOn(Texts.get("nav.overview"));
        ToggleButton overview = robot.lookup(".nav-button").queryAllAs(ToggleButton.class).iterator().next();
        assertEquals(true, overview.isSelected());
    }
}
