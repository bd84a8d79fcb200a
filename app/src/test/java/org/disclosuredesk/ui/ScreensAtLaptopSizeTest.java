// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the demo office at 1024×700 (a county office's laptop or projector) and at 1366×768:
 * no button, combo box or form label drawn cut short (…), no button out of the window's reach, every
 * table's main column (工作任务, 标题, 申请内容) with room to read, and no key column (the request list's
 * dates, deadline and result) pushed out of the table's view sideways.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensAtLaptopSizeTest {

    private static final double PRIMARY_COLUMN_MIN = 120;

    @TempDir
    static Path dir;
    static AppContext context;
    private Stage stage;

    @BeforeAll
    static void demo() {
        context = new AppContext(Database.open(dir.resolve("demo.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        new DemoOffice(context).fill(2025, BackgroundTask.Progress.NONE);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    /**
     * A window of its own, closed after each test: sized to 1024×700 explicitly, TestFX's shared primary stage
     * kept that size into the next test class, whose 1366×768 form then lay partly outside it (its clicks
     * missed their fields).
     */
    @Start
    void start(Stage primary) {
        Theme.applyGlobally();
        this.stage = new Stage();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void every_screen_is_usable_at_1024_by_700(FxRobot robot) {
        assertEquals(List.of(), problemsAt(robot, 1024, 700));
    }

    @Test
    void every_screen_is_usable_at_1366_by_768(FxRobot robot) {
        assertEquals(List.of(), problemsAt(robot, 1366, 768));
    }

    @Test
    void a_request_opened_at_1024_by_700_shows_its_buttons_in_full(FxRobot robot) {
        assertEquals(List.of(), problemsWithFirstRowOpen(robot, Navigation.REQUESTS, "#saveRequest", "request detail 1024×700"));
    }

    @Test
    void a_document_opened_at_1024_by_700_shows_its_buttons_in_full(FxRobot robot) {
        List<String> problems = problemsWithFirstRowOpen(robot, Navigation.REGISTER, "#register-title", "document panel 1024×700");
        // The list beside an open panel may scroll sideways: the panel shows the chosen document's 标题 and 文种.
        problems.removeIf(p -> p.endsWith("(scrolls sideways)"));
        assertEquals(List.of(), problems);
    }

    /** The screen at 1024×700 with its list's first row opened (double-click) until {@code openedId} shows. */
    private List<String> problemsWithFirstRowOpen(FxRobot robot, Navigation entry, String openedId, String where) {
        problemsAt(robot, 1024, 700, List.of(entry));
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
        });
        assertTrue(robot.lookup(openedId).tryQuery().isPresent(), where + ": the row did not open");
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(problems(where, stage.getScene())));
        return problems;
    }

    private List<String> problemsAt(FxRobot robot, int width, int height) {
        return problemsAt(robot, width, height, List.of(Navigation.values()));
    }

    private List<String> problemsAt(FxRobot robot, int width, int height, List<Navigation> entries) {
        List<String> problems = new ArrayList<>();
        for (Navigation entry : entries) {
            robot.interact(() -> {
                MainWindow window = new MainWindow(new ScreenFactory(context, new CurrentThreadTaskExecutor()),
                        new StatusBar(context.database().file().toString(), context.database().schemaVersion()),
                        context.settings().current().officeName());
                Scene scene = new Scene(window, width, height);
                Theme.style(scene);
                stage.setScene(scene);
                stage.setWidth(width);
                stage.setHeight(height);
                stage.show();
                window.show(entry);
            });
            robot.interact(() -> {
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
            });
            robot.interact(() -> problems.addAll(problems(entry + " " + width + "×" + height, stage.getScene())));
        }
        return problems;
    }

    static List<String> problems(String where, Scene scene) {
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), scene, where, problems);
        return problems;
    }

    private static void walk(Node node, Scene scene, String where, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled && mustReadInFull(node)) {
            Labeled labeled = (Labeled) node;
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text && !(child instanceof org.kordamp.ikonli.javafx.FontIcon) && labeled.getText() != null && !labeled.getText().isBlank()
                        && !labeled.getText().equals(((Text) child).getText())) {
                    problems.add(where + ": “" + labeled.getText() + "” shows “" + ((Text) child).getText() + "”");
                }
            }
        }
        if (node instanceof ButtonBase && !insideScrollPane(node)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
                problems.add(where + ": button “" + ((ButtonBase) node).getText() + "” is outside the window");
            }
        }
        if (node instanceof TableView) {
            ((TableView<?>) node).getColumns().forEach(c -> checkColumn(c, where, problems));
            checkFitsSideways((TableView<?>) node, where, problems);
        }
        if (node instanceof TreeTableView) {
            ((TreeTableView<?>) node).getColumns().forEach(c -> checkColumn(c, where, problems));
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                walk(child, scene, where, problems);
            }
        }
    }

    private static void checkColumn(TableColumnBase<?, ?> column, String where, List<String> problems) {
        if (column.getStyleClass().contains("primary-column") && column.isVisible() && column.getWidth() < PRIMARY_COLUMN_MIN) {
            problems.add(where + ": column “" + column.getText() + "” is " + Math.round(column.getWidth()) + " px wide");
        }
    }

    /**
     * A table's main and key columns (style classes {@code primary-column}, {@code key-column}: the request
     * list's dates, deadline and result) within the table's width: a key column whose right edge lies
     * beyond the viewport is out of sight until the clerk scrolls sideways. Columns a column chooser can
     * show are not key columns and may scroll.
     */
    private static void checkFitsSideways(TableView<?> table, String where, List<String> problems) {
        if (table.getWidth() <= 0) {
            return;
        }
        double viewport = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar && bar.isVisible()
                    && ((javafx.scene.control.ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.VERTICAL
                    && bar.getParent() instanceof javafx.scene.control.skin.VirtualFlow) {
                viewport -= bar.getLayoutBounds().getWidth();
            }
        }
        double right = 0;
        for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
            right += column.getWidth();
            boolean key = column.getStyleClass().contains("primary-column") || column.getStyleClass().contains("key-column");
            if (key && right > viewport + 1) {
                problems.add(where + ": column “" + column.getText() + "” ends at " + Math.round(right) + " px, beyond the table's "
                        + Math.round(viewport) + " px (scrolls sideways)");
            }
        }
    }

    /** Buttons, a combo box's shown value and labels outside table and list cells (cells may cut long data). */
    private static boolean mustReadInFull(Node node) {
        if (node instanceof ButtonBase) {
            return true;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ComboBoxBase) {
                return true;
            }
            if (up instanceof javafx.scene.control.IndexedCell || up instanceof javafx.scene.control.Cell) {
                return false;
            }
        }
        return !(node instanceof javafx.scene.control.Cell);
    }

    private static boolean insideScrollPane(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane || up instanceof javafx.scene.control.skin.VirtualFlow) {
                return true;
            }
        }
        return false;
    }
}
