// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.overview.ui.OverviewScreen;
import org.disclosuredesk.register.ui.RegisterScreen;
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

/**
 * Issue 17: the window's frame is on screen before the database is open — navigation switched off, the
 * file in the status bar, 「正在打开数据库…」 in the middle — and becomes the working window once it is.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFrameTest {

    @TempDir
    static Path dir;

    private Path file;
    private StatusBar statusBar;
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        file = dir.resolve("frame-" + System.nanoTime() + ".db");
        statusBar = new StatusBar(file.toString());
        window = new MainWindow(statusBar, Texts.get("startup.openingDatabase"));
        Scene scene = new Scene(window, 1024, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void before_the_database_opens_the_frame_waits_and_its_navigation_is_off(FxRobot robot) {
        assertEquals(Texts.get("startup.openingDatabase"), ((Label) shown()).getText());
        assertEquals(Texts.get("status.database", file.toString()), robot.lookup(".status-db").queryLabeled().getText());
        assertTrue(robot.lookup(".nav-button").queryAs(ToggleButton.class).isDisabled(), "navigation off");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        assertNull(window.current(), "Ctrl+3 builds no screen while the database opens");
        assertInstanceOf(Label.class, shown());
    }

    @Test
    void once_open_the_frame_shows_the_office_the_schema_version_and_the_screens(FxRobot robot) {
        context = new AppContext(Database.open(file),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        String version = context.database().schemaVersion();

        robot.interact(() -> {
            statusBar.showSchemaVersion(version);
            window.open(new ScreenFactory(context, new CurrentThreadTaskExecutor()), "示例县政府办");
            window.show(Navigation.OVERVIEW);
        });

        assertInstanceOf(OverviewScreen.class, shown());
        assertEquals("示例县政府办", robot.lookup(".nav-office").queryLabeled().getText());
        assertEquals(Texts.get("status.schema", version), robot.lookup(Texts.get("status.schema", version)).queryLabeled().getText());
        robot.clickOn(Texts.get("nav.register"));
        assertInstanceOf(RegisterScreen.class, shown());
    }

    @Test
    void the_start_up_resolves_every_icon_the_frame_shows_before_the_fx_thread_needs_it(FxRobot robot) {
        var shownIcons = robot.lookup(node -> node instanceof FontIcon).queryAllAs(FontIcon.class).stream()
                .map(icon -> icon.getIconCode().getDescription())
                .collect(Collectors.toSet());

        assertFalse(shownIcons.isEmpty());
        assertEquals(shownIcons, Set.copyOf(MainWindow.frameIcons()), "MainWindow.frameIcons() lists what the frame shows");
    }

    private Node shown() {
        return ((StackPane) window.getCenter()).getChildren().get(0);
    }
}
