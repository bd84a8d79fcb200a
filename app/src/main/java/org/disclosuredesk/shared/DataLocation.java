// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the office's data lives: {@code %APPDATA%\DisclosureDesk} on Windows,
 * {@code ~/.local/share/disclosure-desk} elsewhere (or {@code $XDG_DATA_HOME/disclosure-desk}).
 * {@code --db FILE} and {@code DESK_DB} choose another database file.
 */
public final class DataLocation {

    public static final String ENV_DB = "DESK_DB";

    private DataLocation() {
    }

    public static Path defaultDatabase(Map<String, String> env, String osName, String userHome) {
        return dataFolder(env, osName, userHome).resolve("desk.db");
    }

    public static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        if (osName.toLowerCase().startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("DisclosureDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("disclosure-desk");
    }

    /** The database to open: the explicit option, then {@code DESK_DB}, then the default. */
    public static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultDatabase(env, osName, userHome);
    }

    public static Path resolveForThisMachine(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
