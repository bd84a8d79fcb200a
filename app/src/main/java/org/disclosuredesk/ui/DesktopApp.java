// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DataLocation;
import org.disclosuredesk.shared.UserMessages;

/** The window: opens the database off the FX thread, asks for the office on first start, shows the shell. */
public final class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());

    private AppContext context;
    private Throwable openFailure;
    private Path logFolder;
    private FxTaskExecutor executor;
    private WindowState windowState;
    private MainWindow window;

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void init() {
        // init() runs on the launcher thread: opening and migrating the database never blocks the FX thread.
        Path file = DataLocation.resolveForThisMachine(null);
        logFolder = WindowLog.install(file);
        try {
            context = AppContext.open(file);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot open database " + file, e);
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Theme.applyGlobally();
        if (openFailure != null) {
            ErrorDialog.show(Texts.get("startup.cannotOpen"), openFailure, logFolder);
            Platform.exit();
            return;
        }
        executor = new FxTaskExecutor();
        windowState = WindowState.forUser();
        var existing = context.settings().find();
        if (existing.isEmpty()) {
            var choice = FirstStartDialog.ask();
            if (choice.isEmpty()) {
                Platform.exit();
                return;
            }
            showWindow(stage, choice.get().officeName());
            firstStart(choice.get());
        } else {
            showWindow(stage, existing.get().officeName());
        }
    }

    private void showWindow(Stage stage, String officeName) {
        StatusBar statusBar = new StatusBar(context.database().file().toString(), context.database().schemaVersion());
        window = new MainWindow(new ScreenFactory(context, executor), statusBar, officeName);
        Scene scene = new Scene(window);
        Theme.style(scene);
        stage.setTitle(Texts.get("app.title") + " — " + officeName);
        stage.setScene(scene);
        windowState.applyTo(stage);
        window.show(windowState.lastScreen());
        stage.setOnCloseRequest(e -> windowState.remember(stage, window.current()));
        stage.show();
        this.statusBar = statusBar;
    }

    private StatusBar statusBar;

    private void firstStart(FirstStartDialog.Choice choice) {
        executor.executeWrite(BackgroundTask.withProgress(progress -> {
            context.settings().save(OrgSettings.defaultsFor(choice.officeName()));
            if (choice.withDemoData()) {
                int year = LocalDate.now(context.clock()).getYear();
                new DemoOffice(context).fill(year, progress);
            }
            return null;
        }).onProgress(p -> statusBar.showMessage(Texts.get("startup.demoProgress", p.message())))
                .onSuccess(v -> {
                    statusBar.showMessage(choice.withDemoData() ? Texts.get("startup.demoDone") : "");
                    window.show(Navigation.OVERVIEW);
                })
                .onFailure(e -> ErrorDialog.show(Texts.get("startup.firstStartFailed"), e, logFolder)));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, UserMessages.of(e), e);
            }
        }
    }
}
