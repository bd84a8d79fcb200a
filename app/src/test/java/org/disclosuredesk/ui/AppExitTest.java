// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.BackupContents;
import org.disclosuredesk.backup.ExitBackup;
import org.disclosuredesk.settings.OrgSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The exit backup is made on every way out, once, after the pending saves, and holds the office's records. */
@ExtendWith(ApplicationExtension.class)
class AppExitTest {

    @TempDir
    Path dir;

    private AppContext context;
    private FxTaskExecutor executor;
    private final CountDownLatch exited = new CountDownLatch(1);

    @BeforeEach
    void open() {
        context = WindowStartup.create(dir.resolve("desk.db"));
        context.settings().save(OrgSettings.defaultsFor("某县政府办"));
        executor = new FxTaskExecutor();
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private AppExit exit() {
        return new AppExit(new ExitBackup(context.backups(), context.database()::tableCounts), executor, exited::countDown);
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(context.backups().folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db")).toList();
        }
    }

    @Test
    void closing_the_window_backs_up_after_the_pending_save_then_quits(FxRobot robot) throws Exception {
        AppExit exit = exit();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(), 200, 100));
            exit.install(stage[0], () -> { });
            stage[0].show();
        });
        // A save still queued when the × is clicked must be in the backup.
        executor.executeWrite(org.disclosuredesk.shared.BackgroundTask.wrap(() -> {
            Thread.sleep(200);
            context.settings().save(OrgSettings.defaultsFor("某县人民政府办公室"));
            return null;
        }));
        robot.interact(() -> stage[0].fireEvent(new WindowEvent(stage[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(exited.await(20, TimeUnit.SECONDS), "the app quits after the backup");
        assertFalse(stage[0].isShowing());
        assertEquals(1, backups().size());
        BackupContents held = context.backups().inspect(backups().get(0));
        assertEquals(1, held.count("org_settings"));
        assertEquals(context.database().tableCounts(), held.tableCounts());

        exit.stopping();
        exit.shutdownHook().run();
        assertEquals(1, backups().size(), "the later exit paths do not make a second backup");
    }

    @Test
    void platform_exit_or_the_os_quitting_backs_up_in_stop() throws Exception {
        exit().stopping();
        assertEquals(1, backups().size());
        assertEquals(1, context.backups().inspect(backups().get(0)).count("org_settings"));
    }

    @Test
    void a_kill_backs_up_in_the_shutdown_hook() throws Exception {
        exit().shutdownHook().run();
        assertEquals(1, backups().size());
    }

    @Test
    void a_backup_that_cannot_be_made_is_logged_not_thrown() throws Exception {
        StringBuilder logged = new StringBuilder();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.append(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ExitBackup.class.getName());
        logger.addHandler(handler);
        try {
            ExitBackup broken = new ExitBackup(context.backups(), () -> {
                throw new IllegalStateException("disk gone");
            });
            assertTrue(broken.run("test").isEmpty());
            assertTrue(logged.toString().contains("Exit backup could not be made"), logged.toString());
        } finally {
            logger.removeHandler(handler);
        }
    }
}
