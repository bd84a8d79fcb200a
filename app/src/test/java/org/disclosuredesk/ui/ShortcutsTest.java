// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 帮助 → 快捷键 (F1) lists every shortcut the window registers: every accelerator found on the scene after
 * every screen has been shown is in {@link Shortcuts}, no screen builds a key combination of its own, and
 * F1 shows the list.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = TestShell.freshContext(dir, "keys");
        window = TestShell.show(stage, context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void every_accelerator_a_screen_registers_is_listed(FxRobot robot) {
        assertEquals(Navigation.values().length, Shortcuts.SCREENS);
        Set<KeyCombination> registered = new LinkedHashSet<>();
        for (Navigation entry : Navigation.values()) {
            robot.interact(() -> window.show(entry));
            registered.addAll(window.getScene().getAccelerators().keySet());
        }
        assertTrue(registered.contains(Shortcuts.HELP) && registered.contains(Shortcuts.NEW), registered.toString());
        List<String> missing = new ArrayList<>();
        for (KeyCombination k : registered) {
            if (!Shortcuts.listed().contains(k)) {
                missing.add(k.getDisplayText());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void key_combinations_are_made_only_in_shortcuts() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(f);
                if (!f.endsWith("Shortcuts.java") && (text.contains("new KeyCodeCombination(") || text.contains("new KeyCharacterCombination(")
                        || text.matches("(?s).*isShortcutDown\\(\\)\\s*&&\\s*e\\.getCode\\(\\).*"))) {
                    strays.add(main.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), strays, "register the keys in ui.kit.Shortcuts so 快捷键 lists them");
    }

    @Test
    void f1_shows_every_shortcut(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        robot.sleep(300);
        List<String> texts = labelsOfOpenWindows(robot);
        for (Shortcuts.Entry e : Shortcuts.all()) {
            assertTrue(texts.contains(e.keysText()) && texts.contains(e.what()), e.keysText() + " in " + texts);
        }
        assertTrue(texts.contains("快捷键"));
    }

    @Test
    void the_help_button_in_the_sidebar_shows_the_same_list(FxRobot robot) {
        // a list left open by another test must not answer for this one
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() != window).forEach(Window::hide));
        robot.clickOn("#navHelp");
        robot.sleep(300);
        List<String> texts = labelsOfOpenWindows(robot);
        assertTrue(texts.contains("快捷键") && texts.contains(Shortcuts.all().get(0).what()), texts.toString());
    }

    private static List<String> labelsOfOpenWindows(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (Window w : robot.listWindows()) {
            if (w.getScene() != null) {
                w.getScene().getRoot().lookupAll(".label").forEach(n -> texts.add(((Label) n).getText()));
            }
        }
        return texts;
    }
}
