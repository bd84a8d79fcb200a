// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Start-up measurement for docs/benchmarks.md, off unless {@code -Ddisclosuredesk.firstFrame=FILE} is
 * given: writes the wall-clock time (epoch ms) of the start-up steps and of the first rendered frame to
 * FILE, one {@code step millis} line each, so installer/measure-startup.sh can subtract its own launch
 * time. With {@code -Ddisclosuredesk.firstFrame.exit=true} the app then quits (a measuring loop).
 */
final class FirstFrameProbe {

    static final String FILE_PROPERTY = "disclosuredesk.firstFrame";
    static final String EXIT_PROPERTY = "disclosuredesk.firstFrame.exit";

    private static final List<String> STEPS = new ArrayList<>();

    private FirstFrameProbe() {
    }

    /** Notes when a start-up step ended; free when the probe is off. */
    static synchronized void step(String name) {
        if (System.getProperty(FILE_PROPERTY) != null) {
            STEPS.add(name + " " + System.currentTimeMillis());
        }
    }

    /**
     * Call right after {@code stage.show()} or a change of the shown scene: notes {@code step} when that
     * frame is on screen. Writes the file each time; with the exit property set, quits after the step
     * marked {@code last}.
     */
    static void watch(Stage stage, String step, boolean last) {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null) {
            return;
        }
        FramePulses.afterShown(stage.getScene(), () -> {
            step(step);
            write(Path.of(file));
            if (last && Boolean.getBoolean(EXIT_PROPERTY)) {
                Platform.runLater(Platform::exit);
            }
        });
    }

    private static synchronized void write(Path file) {
        try {
            Files.write(file, STEPS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
