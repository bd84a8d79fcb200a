// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Theme;

/** The window as the app shows it, on a fresh database on 2025-06-10, for the shell's TestFX tests. */
final class TestShell {

    private TestShell() {
    }

    static AppContext freshContext(Path dir, String name) {
        return new AppContext(Database.open(dir.resolve(name + "-" + System.nanoTime() + ".db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    /** The shell on {@code stage} at 1366×768 with the overview shown (screens' work runs on the calling thread). */
    static MainWindow show(Stage stage, AppContext context) {
        MainWindow window = new MainWindow(new ScreenFactory(context, new CurrentThreadTaskExecutor()),
                new StatusBar(context.database().file().toString(), context.database().schemaVersion()), "示例县政府办");
        window.show(Navigation.OVERVIEW);
        Scene scene = new Scene(window, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        return window;
    }
}
