// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.shared.ArchitectureException;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.ui.kit.Theme;

/**
 * Renders every main screen offscreen at 1366×768 into {@code DIR/<screen>.png}. Without a display it
 * starts JavaFX on Monocle's headless platform, so it works on a server or in CI as well.
 */
@ArchitectureException("renders the whole window like DesktopApp, with the same status bar (database file, schema version)")
public final class ScreenshotRenderer {

    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;
    private static final long SETTLE_TIMEOUT_MS = 30_000;

    private final AppContext context;

    public ScreenshotRenderer(AppContext context) {
        this.context = context;
    }

    public List<Path> renderAll(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserError("无法创建文件夹“" + folder + "”：请检查路径和写入权限。", e);
        }
        startToolkit();
        FxTaskExecutor executor = new FxTaskExecutor();
        try {
            MainWindow window = onFx(() -> {
                Theme.applyGlobally();
                String office = context.settings().current().officeName();
                MainWindow w = new MainWindow(new ScreenFactory(context, executor),
                        new StatusBar(context.database().file().toString(), context.database().schemaVersion()), office);
                Scene scene = new Scene(w, WIDTH, HEIGHT);
                Theme.style(scene);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
                stage.show();
                return w;
            });
            List<Path> written = new ArrayList<>();
            for (Navigation entry : Navigation.values()) {
                onFx(() -> {
                    window.show(entry);
                    return null;
                });
                settle(executor);
                WritableImage image = onFx(() -> window.getScene().snapshot(null));
                Path file = folder.resolve(entry.fileName() + ".png");
                PngWriter.write(image, file);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UserError("无法写入截图：" + e.getMessage(), e);
        } finally {
            executor.close();
        }
    }

    /** Waits until background loads have finished and a few pulses have laid the screen out. */
    private static void settle(FxTaskExecutor executor) {
        long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MS;
        int quiet = 0;
        while (quiet < 5 && System.currentTimeMillis() < deadline) {
            boolean idle = onFx(executor::isIdle);
            quiet = idle ? quiet + 1 : 0;
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void startToolkit() {
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            // Monocle's default headless screen (1280×800) is narrower than our 1366-pixel window.
            System.setProperty("headless.geometry", "1920x1080-32");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.join();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(SETTLE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Rendering a screen failed", e);
        }
    }
}
