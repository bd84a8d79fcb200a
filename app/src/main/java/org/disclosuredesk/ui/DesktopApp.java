// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.disclosuredesk.backup.DatabaseHealth;
import org.disclosuredesk.backup.DatabaseLocationAdvisor;
import org.disclosuredesk.backup.ExitBackup;
import org.disclosuredesk.backup.LocationWarning;
import org.disclosuredesk.backup.RecoveryOffer;
import org.disclosuredesk.backup.RestoreResult;
import org.disclosuredesk.backup.ui.DamagedDatabaseDialog;
import org.disclosuredesk.db.DatabaseOpenException;
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
import org.disclosuredesk.shared.ArchitectureException;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DataLocation;
import org.disclosuredesk.shared.FailureLog;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.ErrorDialog;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/** The window: opens the database off the FX thread, asks for the office on first start, shows the shell. */
@ArchitectureException("the start-up opens the database itself, off the FX thread, to tell a damaged file (offer a backup) "
        + "from a locked one, and shows the file and schema version in the status bar")
public final class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());

    private AppContext context;
    private Throwable openFailure;
    private Path logFolder;
    private Path databaseFile;
    private Optional<RecoveryOffer> recoveryOffer = Optional.empty();
    private boolean newOffice;
    private List<LocationWarning> locationWarnings = List.of();
    private FxTaskExecutor executor;
    private WindowState windowState;
    private MainWindow window;
    private StatusBar statusBar;
    private Optional<OrgSettings> officeSettings = Optional.empty();
    private String schemaVersion;
    private AppExit exit;

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** The window on {@code databaseFile} ({@code --db FILE} with no command). */
    public static void launchWindow(Path databaseFile) {
        Application.launch(DesktopApp.class, "--db=" + databaseFile.toAbsolutePath());
    }

    @Override
    public void init() {
        // JavaFX's own buttons (确定/取消) and formats follow the default locale: the app speaks Chinese everywhere.
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        FirstFrameProbe.step("init");
        preloadFonts();
        String chosen = getParameters().getNamed().get("db");
        databaseFile = DataLocation.resolveForThisMachine(chosen == null ? null : Path.of(chosen));
        logFolder = WindowLog.install(databaseFile);
        newOffice = !java.nio.file.Files.exists(databaseFile);
    }

    /**
     * Reading the shipped font files and the frame's icons (Ikonli's handlers, the icon font, the icon
     * enums) takes a few hundred ms the FX thread would otherwise spend before the first frame; here it
     * overlaps with the toolkit's start (start() waits for the fonts if it must).
     */
    private static void preloadFonts() {
        Thread fonts = new Thread(() -> Theme.preload(MainWindow.frameIcons()), "font-preload");
        fonts.setDaemon(true);
        fonts.start();
    }

    /** The backup every exit makes (window close, Alt+F4, Platform.exit, the OS ending the process). */
    private void installExitBackup() {
        exit = new AppExit(new ExitBackup(context.backups(), context.database()::tableCounts), executor(), Platform::exit);
        Runtime.getRuntime().addShutdownHook(exit.shutdownHook());
    }

    /** Off the FX thread; only the first start creates a database, after its dialog (issue 14, item 11). */
    private void openDatabase() {
        try {
            context = WindowStartup.open(databaseFile);
            readWhatTheWindowShows();
            openFailure = null;
            locationWarnings = new DatabaseLocationAdvisor().advise(databaseFile);
        } catch (DatabaseOpenException e) {
            LOG.log(Level.WARNING, "Cannot open database " + databaseFile, e);
            openFailure = e;
            if (e.problem() == DatabaseOpenException.Problem.DAMAGED) {
                recoveryOffer = new DatabaseHealth(Clock.systemDefaultZone()).recoveryOffer(databaseFile);
            }
        } catch (RuntimeException e) {
            // An unexpected failure is logged once with the code its dialog shows; an explained one with its words.
            if (!FailureLog.unexpected(e)) {
                LOG.log(Level.WARNING, "Cannot open database " + databaseFile, e);
            }
            openFailure = e;
        }
    }

    /** The office's name and the schema version, read here so the FX thread never waits on the database. */
    private void readWhatTheWindowShows() {
        officeSettings = context.settings().find();
        schemaVersion = context.database().schemaVersion();
    }

    private FxTaskExecutor executor() {
        if (executor == null) {
            executor = new FxTaskExecutor();
        }
        return executor;
    }

    @Override
    public void start(Stage stage) {
        Theme.applyGlobally();
        FirstFrameProbe.step("theme-and-fonts");
        executor();
        windowState = WindowState.forUser();
        if (newOffice) {
            createAfterAsking(stage);
            return;
        }
        showFrame(stage);
        openAfterTheFrame(stage);
    }

    /**
     * Issue 17: the open (jOOQ's and SQLite's start, the quick check, the services) begins once the frame
     * is on screen. Started beside the frame on a two-core PC it took a core and the JIT's time from it: the
     * frame came 0.25 s later, the first screen 0.15 s sooner (docs/benchmarks.md). A frame that never
     * renders must not keep the database closed: after a second the open begins anyway.
     */
    private void openAfterTheFrame(Stage stage) {
        AtomicBoolean started = new AtomicBoolean();
        Runnable startOpening = () -> {
            if (started.compareAndSet(false, true)) {
                Thread thread = new Thread(() -> {
                    try {
                        openDatabase();
                    } catch (Error e) { // a missing native library: the window says so instead of waiting forever
                        FailureLog.unexpected(e);
                        openFailure = e;
                    }
                    FirstFrameProbe.step("database-open");
                    Platform.runLater(() -> opened(stage));
                }, "database-open");
                thread.setDaemon(true);
                thread.start();
            }
        };
        FramePulses.afterShown(stage.getScene(), startOpening);
        CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(startOpening);
    }

    /** The window's frame while the database opens: navigation (off), status bar, 「正在打开数据库…」. */
    private void showFrame(Stage stage) {
        statusBar = new StatusBar(databaseFile.toString());
        window = new MainWindow(statusBar, Texts.get("startup.openingDatabase"));
        Scene scene = new Scene(window);
        Theme.style(scene);
        stage.setTitle(Texts.get("app.title"));
        stage.setScene(scene);
        windowState.applyTo(stage);
        stage.show();
        FirstFrameProbe.step("frame-shown");
        FirstFrameProbe.watch(stage, "first-frame", false);
    }

    /** On the FX thread once the open has ended: the errors exactly as before, else the screens. */
    private void opened(Stage stage) {
        if (context != null) {
            installExitBackup();
        }
        if (openFailure instanceof DatabaseOpenException
                && ((DatabaseOpenException) openFailure).problem() == DatabaseOpenException.Problem.DAMAGED) {
            offerRecovery(stage);
            return;
        }
        if (openFailure != null) {
            ErrorDialog.show(Texts.get("startup.cannotOpen"), openFailure, WindowLog.currentFile(logFolder));
            Platform.exit();
            return;
        }
        open(stage);
    }

    /** No database yet: ask first; cancelling creates nothing. The new file is made off the FX thread. */
    private void createAfterAsking(Stage stage) {
        var choice = FirstStartDialog.ask();
        if (choice.isEmpty()) {
            Platform.exit();
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> {
            context = WindowStartup.create(databaseFile);
            readWhatTheWindowShows();
            installExitBackup();
            locationWarnings = new DatabaseLocationAdvisor().advise(databaseFile);
            return null;
        }).onSuccess(v -> {
            showWindow(stage, choice.get().officeName());
            firstStart(choice.get());
        }).onFailure(e -> {
            ErrorDialog.show(Texts.get("startup.cannotOpen"), e, WindowLog.currentFile(logFolder));
            Platform.exit();
        }));
    }

    /** The file failed its integrity check. Nothing was written to it; offer the newest good backup. */
    private void offerRecovery(Stage stage) {
        var chosen = DamagedDatabaseDialog.ask(openFailure.getMessage(), recoveryOffer);
        if (chosen.isEmpty()) {
            Platform.exit();
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> {
            RestoreResult recovered = new DatabaseHealth(Clock.systemDefaultZone()).recover(databaseFile, chosen.get());
            openDatabase();
            if (context != null) {
                context.backups().recordRecovery(recovered);
            }
            return null;
        }).onSuccess(v -> opened(stage))
                .onFailure(e -> {
                    ErrorDialog.show(Texts.get("startup.cannotOpen"), e, WindowLog.currentFile(logFolder));
                    Platform.exit();
                }));
    }

    private void open(Stage stage) {
        var existing = officeSettings;
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
        if (window == null) { // the first start: no frame was shown while its dialog asked
            statusBar = new StatusBar(databaseFile.toString());
            window = new MainWindow(statusBar, "");
            Scene scene = new Scene(window);
            Theme.style(scene);
            stage.setScene(scene);
            windowState.applyTo(stage);
        }
        statusBar.showSchemaVersion(schemaVersion);
        window.open(new ScreenFactory(context, executor), officeName);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.concat(Texts.get("app.title") + " — ", window.officeNameProperty()));
        window.show(windowState.lastScreen());
        FirstFrameProbe.step("screen-built");
        exit.install(stage, () -> windowState.remember(stage, window.current()));
        stage.show();
        FirstFrameProbe.watch(stage, "screen-frame", true);
        // The restore runs on the write thread; the screens it leaves stale are dropped on the FX thread.
        context.backups().addRestoreListener(() -> {
            // The restored file may name another office: read it here, on the write thread, show it on the FX thread.
            String restoredName = context.settings().current().officeName();
            Platform.runLater(() -> {
                window.dataReplaced();
                window.renameOffice(restoredName);
            });
        });
        locationWarnings.forEach(w -> statusBar.showMessage(w.message()));
        executor.executeWrite(BackgroundTask.wrap(() -> context.backups().cleanLeftovers())
                .onSuccess(removed -> {
                    if (!removed.isEmpty()) {
                        statusBar.showMessage(Texts.get("startup.leftoversRemoved", String.join("、", removed)));
                    }
                }));
        scheduleDailyBackup();
    }

    /** At most one automatic backup a day while the app stays open; the service decides whether one is due. */
    private void scheduleDailyBackup() {
        Timeline hourly = new Timeline(new KeyFrame(Duration.hours(1), e -> executor.executeWrite(
                BackgroundTask.wrap(() -> context.backups().backupIfDue())
                        .onFailure(error -> statusBar.showMessage(UserMessages.of(error))))));
        hourly.setCycleCount(Animation.INDEFINITE);
        hourly.play();
        executor.executeWrite(BackgroundTask.wrap(() -> context.backups().backupIfDue())
                .onFailure(error -> statusBar.showMessage(UserMessages.of(error))));
    }

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
                    window.showAfresh(Navigation.OVERVIEW);
                })
                .onFailure(e -> ErrorDialog.show(Texts.get("startup.firstStartFailed"), e, WindowLog.currentFile(logFolder))));
    }

    @Override
    public void stop() {
        if (exit != null) {
            exit.stopping();
        } else if (executor != null) {
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
