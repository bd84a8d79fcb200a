// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** When a shown scene's frame is on screen: the start-up waits for it before it does heavier work. */
final class FramePulses {

    private FramePulses() {
    }

    /**
     * Runs {@code action} once, on the FX thread, when the scene's current frame has been rendered. Call
     * right after {@code stage.show()} or a change of the shown scene. A pulse's frame is rendered after its
     * layout pass and before the next pulse starts, so the second post-layout pulse (asked for at once, as a
     * still scene has no next pulse of its own) marks it.
     */
    static void afterShown(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
