// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for the app's start-up (docs/benchmarks.md): a bare JavaFX window with one label,
 * packaged by installer/measure-startup.sh with the same runtime and launcher as the app, reporting its
 * first frame the way the app's FirstFrameProbe does (second post-layout pulse, epoch ms to a file).
 */
public final class MinimalWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Disclosure Desk")), 1024, 700);
        stage.setScene(scene);
        stage.show();
        String file = System.getProperty("disclosuredesk.firstFrame");
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse(); // a still scene has no next pulse of its own
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                try {
                    Files.write(Path.of(file), List.of("first-frame " + System.currentTimeMillis()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
