// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
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

/**
 * The review as the office sees it at 1366×768: the selected task's lines are highlighted in the source
 * and scrolled into view (on opening and on each selection), and dates in the tree are not cut.
 */
@ExtendWith(ApplicationExtension.class)
class PlanImportReviewViewTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private PlanScreen screen;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.open(dir.resolve("review-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        screen = new PlanScreen(context.planContext(new CurrentThreadTaskExecutor()));
        // The plan screen's share of the window beside the navigation.
        Scene scene = new Scene(screen, 1176, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void the_selected_tasks_lines_are_highlighted_and_in_view(FxRobot robot) throws Exception {
        Path seed = dir.resolve("seed-" + System.nanoTime() + ".txt");
        try (InputStream in = getClass().getResourceAsStream("/plan/seeds/004_b32853dd90e83484.txt")) {
            Files.copy(in, seed);
        }
        robot.interact(() -> screen.importFile(seed));
        WaitForAsyncUtils.waitForFxEvents();
        SourceTextPane source = robot.lookup(".plan-source").queryAs(SourceTextPane.class);

        ReviewItem first = screen.reviewModel().selectedProperty().get();
        assertEquals("一是", first.path().get(first.path().size() - 1), "the review opens on the first task");
        assertHighlightedInView(source, "对照法律法规规章");
        assertSelectedRowInView(robot, first);

        for (String start : new String[] {"2020年11月底前", "扎实开展培训工作", "依托政府门户网站"}) {
            ReviewItem item = screen.reviewModel().items().stream().filter(i -> i.textProperty().get().startsWith(start))
                    .findFirst().orElseThrow();
            robot.interact(() -> screen.reviewModel().selectedProperty().set(item));
            WaitForAsyncUtils.waitForFxEvents();
            assertHighlightedInView(source, start);
            assertSelectedRowInView(robot, item);
        }
    }

    @Test
    void a_due_date_is_shown_whole(FxRobot robot) throws Exception {
        Path plan = Files.writeString(dir.resolve("p-" + System.nanoTime() + ".txt"),
                "某县2020年政务公开工作方案\n一、重点任务\n（一）2020年11月底前完成目录编制。（责任单位：各街道办事处、相关各部门）\n");
        robot.interact(() -> screen.importFile(plan));
        WaitForAsyncUtils.waitForFxEvents();

        TreeTableView<?> tree = robot.lookup(".plan-review .tree-table-view").queryAs(TreeTableView.class);
        TreeTableColumn<?, ?> due = tree.getColumns().stream().filter(c -> "plan-review-due".equals(c.getId())).findFirst().orElseThrow();
        javafx.scene.text.Text probe = new javafx.scene.text.Text("2020-11-30");
        assertTrue(due.getWidth() >= probe.getLayoutBounds().getWidth() + 12,
                "到期日 column " + due.getWidth() + " px is narrower than a date");
    }

    private static void assertHighlightedInView(SourceTextPane source, String text) {
        var rows = source.highlightedRows();
        assertFalse(rows.isEmpty(), "no line highlighted for " + text);
        assertTrue(rows.stream().anyMatch(r -> ((javafx.scene.text.Text) r.getChildren().get(1)).getText().contains(text)),
                "the highlighted lines are not the task's: " + text);
        Bounds view = source.localToScene(source.getLayoutBounds());
        HBox firstRow = rows.get(0);
        Bounds row = firstRow.localToScene(firstRow.getLayoutBounds());
        assertTrue(row.getMinY() >= view.getMinY() - 1 && row.getMinY() < view.getMaxY() - 10,
                "the highlighted line for " + text + " (y " + row.getMinY() + ") is outside the source view " + view);
    }

    private static void assertSelectedRowInView(FxRobot robot, ReviewItem item) {
        TreeTableView<?> tree = robot.lookup(".plan-review .tree-table-view").queryAs(TreeTableView.class);
        Bounds view = tree.localToScene(tree.getLayoutBounds());
        Node row = robot.lookup(".tree-table-row-cell").match(n -> n instanceof TreeTableRow && ((TreeTableRow<?>) n).getItem() == item
                && n.isVisible()).tryQuery().orElseThrow(() -> new AssertionError("no row shows " + item.textProperty().get()));
        Bounds b = row.localToScene(row.getLayoutBounds());
        assertTrue(b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY() + 1,
                "the selected row (" + b + ") is outside the tree " + view);
    }
}
