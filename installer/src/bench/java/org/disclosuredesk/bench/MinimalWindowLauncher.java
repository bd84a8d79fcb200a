// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.bench;

import javafx.application.Application;

/** Main class that is not an Application, as the app's own Main: JavaFX stays on the class path. */
public final class MinimalWindowLauncher {

    private MinimalWindowLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(MinimalWindow.class, args);
    }
}
