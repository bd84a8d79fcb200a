// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The app's keyboard shortcuts, defined once: screens register these constants, and 帮助 → 快捷键 (F1) lists
 * {@link #all()}, so the list cannot drift from what the keys do (ShortcutsTest checks every accelerator a
 * screen registers is listed).
 */
public final class Shortcuts {

    /** What a shortcut is for, with its keys as the person types them. */
    public record Entry(List<KeyCombination> keys, String keysText, String what) {
    }

    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.ESCAPE);
    /** A form's default button (JavaFX registers Enter for it). */
    public static final KeyCombination DEFAULT_BUTTON = new KeyCodeCombination(KeyCode.ENTER);
    /** Ctrl+1 … Ctrl+7: the sidebar's screens in order. */
    public static final int SCREENS = 7;

    private Shortcuts() {
    }

    /** Ctrl+n for the n-th screen of the sidebar (from 1). */
    public static KeyCombination screen(int n) {
        return new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n)), KeyCombination.SHORTCUT_DOWN);
    }

    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        List<KeyCombination> screens = IntStream.rangeClosed(1, SCREENS).mapToObj(Shortcuts::screen).toList();
        all.add(new Entry(screens, screens.get(0).getDisplayText() + " … " + screens.get(SCREENS - 1).getDisplayText(),
                Texts.get("shortcuts.screens")));
        all.add(entry(NEW, "shortcuts.new"));
        all.add(entry(FIND, "shortcuts.find"));
        all.add(entry(SAVE, "shortcuts.save"));
        all.add(entry(CONFIRM, "shortcuts.confirm"));
        all.add(entry(DEFAULT_BUTTON, "shortcuts.enter"));
        all.add(entry(REFRESH, "shortcuts.refresh"));
        all.add(entry(BACK, "shortcuts.back"));
        all.add(entry(HELP, "shortcuts.help"));
        return all;
    }

    /** Every combination in the list. */
    public static List<KeyCombination> listed() {
        return all().stream().flatMap(e -> e.keys().stream()).toList();
    }

    private static Entry entry(KeyCombination keys, String what) {
        return new Entry(List.of(keys), keys.getDisplayText(), Texts.get(what));
    }
}
