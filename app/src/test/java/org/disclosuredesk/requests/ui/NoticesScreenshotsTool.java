// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.requests.EventKind;
import org.disclosuredesk.requests.RequestDemoData;
import org.disclosuredesk.requests.RequestFilter;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.requests.notices.ui.NoticesView;
import org.disclosuredesk.requests.notices.ui.NoticesViewModel;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.MainWindow;
import org.disclosuredesk.ui.Navigation;
import org.disclosuredesk.ui.PngWriter;
import org.disclosuredesk.ui.ScreenFactory;
import org.disclosuredesk.ui.StatusBar;
import org.disclosuredesk.ui.kit.Theme;

/**
 * Not a test: renders the 告知书 parts of the window with demo data — the list's 「缺…告知书」 marks, the
 * detail bar's 「生成告知书」, the notices window, 设置 → 告知书 — at 1366×768 and 1024×700 for a human to
 * look at. {@code -Dtest=NoticesScreenshotsTool -Dnotices.screenshots=DIR}
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "notices.screenshots", matches = ".+")
class NoticesScreenshotsTool {

    @org.junit.jupiter.api.Test
    void render() throws Exception {
        Path out = Path.of(System.getProperty("notices.screenshots"));
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("desk.db"));
        AppContext ctx = AppContext.open(out.resolve("desk.db"));
        new DemoOffice(ctx).fill(ctx.requests().today().getYear(), BackgroundTask.Progress.NONE);
        int year = ctx.requests().today().getYear();
        new RequestDemoData(ctx.requests(), ctx.reviewCases(), ctx.calendarSource()).fill(year);
        List<RequestView> views = ctx.requests().list(RequestFilter.year(year));
        // Some notices issued, so the list shows both states.
        for (RequestView v : views.subList(0, Math.min(6, views.size()))) {
            List<NoticeService.Entry> entries = ctx.notices().entries(v.request().id());
            ctx.notices().issue(v.request().id(), entries.get(entries.size() - 1).choice());
        }
        RequestView withSteps = views.stream().filter(v -> v.request().first(EventKind.CORRECTION_SENT).isPresent()
                || v.request().first(EventKind.FEE_NOTICE).isPresent()).reduce((a, b) -> b).orElse(views.get(views.size() - 1));
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
                for (int[] size : new int[][] {{1366, 768}, {1024, 700}}) {
                    String suffix = "-" + size[0] + "x" + size[1] + ".png";
                    ScreenFactory screens = new ScreenFactory(ctx, new CurrentThreadTaskExecutor());
                    MainWindow window = new MainWindow(screens, new StatusBar(ctx.database().file().toString(), "11"), "示例县人民政府办公室");
                    Scene scene = new Scene(window, size[0], size[1]);
                    Theme.style(scene);
                    Stage stage = new Stage();
                    stage.setScene(scene);
                    stage.show();
                    window.show(Navigation.REQUESTS);
                    RequestsScreen screen = (RequestsScreen) screens.screen(Navigation.REQUESTS);
                    scene.snapshot(null);
                    PngWriter.write(scene.snapshot(null), out.resolve("notices-list" + suffix));
                    screen.openRequest(withSteps.request().id());
                    scene.snapshot(null);
                    PngWriter.write(scene.snapshot(null), out.resolve("notices-detail" + suffix));
                    window.show(Navigation.SETTINGS);
                    TabPane tabs = (TabPane) scene.lookup(".tab-pane");
                    tabs.getSelectionModel().select(2);
                    scene.snapshot(null);
                    PngWriter.write(scene.snapshot(null), out.resolve("notices-settings" + suffix));
                    stage.close();

                    NoticesViewModel model = new NoticesViewModel(ctx.notices(), ctx.noticeFiles(), new CurrentThreadTaskExecutor(),
                            pdf -> { }, out.resolve("print"));
                    NoticesView view = new NoticesView(model, (t, n) -> { }, () -> { });
                    model.load(withSteps.request().id());
                    Scene dialog = new Scene(view, Math.min(960, size[0] - 60), Math.min(620, size[1] - 80));
                    Theme.style(dialog);
                    dialog.getStylesheets().add(NoticesView.class.getResource("/css/requests.css").toExternalForm());
                    Stage d = new Stage();
                    d.setScene(dialog);
                    d.show();
                    dialog.snapshot(null);
                    PngWriter.write(dialog.snapshot(null), out.resolve("notices-dialog" + suffix));
                    d.close();
                }
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(180, TimeUnit.SECONDS);
        } finally {
            ctx.close();
        }
    }
}
