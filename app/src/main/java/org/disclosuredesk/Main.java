// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;
import org.disclosuredesk.cli.CliApp;
import org.disclosuredesk.shared.ArchitectureException;
import org.disclosuredesk.ui.DesktopApp;

/**
 * No arguments: the window. Any argument: the command line. Kept free of JavaFX imports so the
 * command line starts without a toolkit and the jar's main class is not an Application subclass.
 */
@ArchitectureException("the launcher sits above everything: it starts either the window (ui) or the command line (cli)")
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CliApp.versionOnly(args)) {
            System.exit(CliApp.run(args));
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        quietLibraryLogging();
        if (args.length == 0 && !launchedAsCli()) {
            DesktopApp.launchWindow(args);
        } else {
            System.exit(CliApp.run(args));
        }
    }

    /**
     * The packages' console launcher {@code disclosure-desk-cli} sets {@value #LAUNCHER_PROPERTY}=cli
     * (installer/src/main/jpackage/cli-launcher.properties): typed alone in a Windows command prompt it
     * prints the commands instead of opening a window the prompt would not wait for.
     */
    static final String LAUNCHER_PROPERTY = "disclosuredesk.launcher";

    static boolean launchedAsCli() {
        return "cli".equals(System.getProperty(LAUNCHER_PROPERTY));
    }

    /** Flyway and jOOQ log every migration at INFO; an office worker needs only warnings. */
    private static void quietLibraryLogging() {
        try (InputStream config = Main.class.getResourceAsStream("/logging.properties")) {
            if (config != null) {
                LogManager.getLogManager().readConfiguration(config);
            }
        } catch (IOException e) {
            // keep the JDK's default logging: noisier, not harmful
        }
    }
}
