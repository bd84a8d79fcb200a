// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.requests.RequestDemoData;
import org.disclosuredesk.requests.RequestFilter;
import org.disclosuredesk.requests.RequestStatus;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.MainWindow;
import org.disclosuredesk.ui.Navigation;
import org.disclosuredesk.ui.PngWriter;
import org.disclosuredesk.ui.ScreenFactory;
import org.disclosuredesk.ui.StatusBar;
import org.disclosuredesk.ui.kit.Theme;

/**
 * Not a test: renders the request list and a detail view with demo data to PNGs for a human to look
 * at. Runs only when asked, and alone (it starts JavaFX itself, beside TestFX):
 * {@code mvn -o -pl app -am test -Dtest=RequestsScreenshotsTool -Dsurefire.failIfNoSpecifiedTests=false -Drequests.screenshots=DIR}
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "requests.screenshots", matches = ".+")
class RequestsScreenshotsTool {

    @org.junit.jupiter.api.Test
    void render() throws Exception {
        Path out = Path.of(System.getProperty("requests.screenshots"));
        Files.deleteIfExists(out.resolve("desk.db"));
        Files.createDirectories(out);
        AppContext ctx = AppContext.open(out.resolve("desk.db"));
        new DemoOffice(ctx).fill(ctx.requests().today().getYear(), BackgroundTask.Progress.NONE);
        RequestDemoData demo = new RequestDemoData(ctx.requests(), ctx.reviewCases(), ctx.calendarSource());
        int year = ctx.requests().today().getYear();
        demo.fill(year - 1);
        demo.fill(year);
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Theme.applyGlobally();
                ScreenFactory screens = new ScreenFactory(ctx, new CurrentThreadTaskExecutor());
                MainWindow window = new MainWindow(screens, new StatusBar(ctx.database().file().toString(), "4"), "示例县人民政府办公室");
                Scene scene = new Scene(window, 1366, 768);
                Theme.style(scene);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                window.show(Navigation.REQUESTS);
                RequestsScreen screen = (RequestsScreen) screens.screen(Navigation.REQUESTS);
                scene.snapshot(null);
                PngWriter.write(scene.snapshot(null), out.resolve("requests-list.png"));
                RequestView busy = ctx.requests().list(RequestFilter.year(year - 1)).stream()
                        .filter(v -> v.request().first(org.disclosuredesk.requests.EventKind.EXTENSION).isPresent())
                        .findFirst().orElseThrow();
                screen.openRequest(busy.request().id());
                scene.snapshot(null);
                PngWriter.write(scene.snapshot(null), out.resolve("requests-detail.png"));
                RequestView open = ctx.requests().list(RequestFilter.year(year)).stream()
                        .filter(v -> v.status() == RequestStatus.DUE_SOON).findFirst().orElseThrow();
                screen.openRequest(open.request().id());
                scene.snapshot(null);
                PngWriter.write(scene.snapshot(null), out.resolve("requests-detail-open.png"));
                ((javafx.scene.control.Button) scene.lookup("#step-EXTENSION")).fire();
                scene.snapshot(null);
                PngWriter.write(scene.snapshot(null), out.resolve("requests-step-form.png"));
                ((javafx.scene.control.Button) scene.lookup("#recordStep")).fire();
                scene.snapshot(null);
                PngWriter.write(scene.snapshot(null), out.resolve("requests-step-refused.png"));
                screen.newRequest();
                scene.snapshot(null);
                PngWriter.write(scene.snapshot(null), out.resolve("requests-new.png"));
                stage.close();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(120, TimeUnit.SECONDS);
        } finally {
            ctx.close();
        }
    }
}
