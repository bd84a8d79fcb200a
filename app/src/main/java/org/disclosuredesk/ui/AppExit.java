// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.disclosuredesk.backup.ExitBackup;
import org.disclosuredesk.shared.BackgroundTask;

/**
 * Every path that ends the app passes here, and each makes the exit backup unless another already did:
 * the window's × and Alt+F4 (a close request), {@code Platform.exit} and the OS asking the app to quit
 * ({@link #stopping()} from {@code Application.stop}), and a kill ({@link #shutdownHook()}).
 * Why not only the close request: hiding the last window used to end the toolkit at once, closing the
 * database while the backup was still being written on the (daemon) write thread.
 */
final class AppExit {

    private static final Logger LOG = Logger.getLogger(AppExit.class.getName());
    private static final long DRAIN_SECONDS = 30;

    private final ExitBackup backup;
    private final FxTaskExecutor executor;
    private final Runnable exit;

    AppExit(ExitBackup backup, FxTaskExecutor executor, Runnable exit) {
        this.backup = backup;
        this.executor = executor;
        this.exit = exit;
    }

    /** The window's × and Alt+F4: remember the window, hide it, back up after the pending saves, then quit. */
    void install(Stage stage, Runnable beforeHide) {
        Platform.setImplicitExit(false);
        stage.setOnCloseRequest((WindowEvent e) -> {
            e.consume();
            beforeHide.run();
            stage.hide();
            executor.executeWrite(BackgroundTask.wrap(() -> backup.run("window closed"))
                    .onFinished(exit));
        });
    }

    /** From {@code Application.stop}: let the pending saves finish, then back up if no other path did. */
    void stopping() {
        if (!executor.closeAndWait(DRAIN_SECONDS, TimeUnit.SECONDS)) {
            LOG.warning("Saves still running after " + DRAIN_SECONDS + " s at exit; the exit backup is made anyway");
        }
        backup.run("application stopped");
    }

    /** A kill or an OS log-off that skips {@code Application.stop}: the JVM's last chance. */
    Thread shutdownHook() {
        return new Thread(() -> {
            if (!backup.started()) {
                backup.run("JVM shutdown");
            }
        }, "desk-exit-backup");
    }
}
