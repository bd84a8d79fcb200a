// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.plan.PlanDemoData;
import org.disclosuredesk.ui.FxTaskExecutor;
import org.disclosuredesk.ui.MainWindow;
import org.disclosuredesk.ui.Navigation;
import org.disclosuredesk.ui.PngWriter;
import org.disclosuredesk.ui.ScreenFactory;
import org.disclosuredesk.ui.StatusBar;
import org.disclosuredesk.ui.kit.Theme;

/**
 * Renders the plan screens at 1366×768 for looking at them: the tracking view on demo data (each tab)
 * and the import review of a seed plan. Run: see docs/plan-parser.md ("Screenshots").
 */
public final class PlanScreenshots {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/plan-screenshots");
        Path plan = args.length > 1 ? Path.of(args[1]) : null;
        Files.createDirectories(out);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");
        Path db = Files.createTempDirectory("plan-shots").resolve("desk.db");
        AppContext context = new AppContext(Database.open(db), Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        PlanDemoData demo = new PlanDemoData(context.plans(), context.units(), context.clock());
        demo.fill(2024);
        demo.fill(2025);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        FxTaskExecutor executor = new FxTaskExecutor();
        MainWindow window = fx(() -> {
            Theme.applyGlobally();
            MainWindow w = new MainWindow(new ScreenFactory(context, executor),
                    new StatusBar(db.toString(), context.database().schemaVersion()), "示例县人民政府办公室");
            Scene scene = new Scene(w, 1366, 768);
            Theme.style(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            w.show(Navigation.PLAN);
            return w;
        });
        settle(executor);
        PlanScreen screen = fx(() -> (PlanScreen) ((javafx.scene.layout.StackPane) window.getCenter()).getChildren().get(0));
        shoot(window, out.resolve("plan-tracking.png"));
        fx(() -> {
            ((javafx.scene.control.ScrollPane) screen.lookup(".plan-detail")).setVvalue(1);
            return null;
        });
        settle(executor);
        shoot(window, out.resolve("plan-tracking-detail.png"));
        for (int tab = 1; tab < 4; tab++) {
            int t = tab;
            fx(() -> {
                TabPane tabs = (TabPane) screen.lookup(".tab-pane");
                tabs.getSelectionModel().select(t);
                return null;
            });
            settle(executor);
            shoot(window, out.resolve("plan-tracking-tab" + tab + ".png"));
        }
        fx(() -> {
            screen.importFile(db.getParent().resolve("没有这个文件.docx"));
            return null;
        });
        settle(executor);
        shoot(window, out.resolve("plan-unreadable.png"));
        if (plan != null) {
            fx(() -> {
                screen.importFile(plan);
                return null;
            });
            settle(executor);
            shoot(window, out.resolve("plan-review.png"));
        }
        executor.close();
        context.close();
        Platform.exit();
    }

    private static void shoot(MainWindow window, Path file) throws Exception {
        PngWriter.write(fx(() -> window.getScene().snapshot(null)), file);
        System.out.println(file);
    }

    private static void settle(FxTaskExecutor executor) throws Exception {
        int quiet = 0;
        for (int i = 0; i < 300 && quiet < 5; i++) {
            quiet = fx(executor::isIdle) ? quiet + 1 : 0;
            Thread.sleep(60);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
