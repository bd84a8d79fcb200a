// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void windows_keeps_data_in_appdata() {
        assertEquals(Path.of("C:\\Users\\wang\\AppData\\Roaming", "DisclosureDesk", "desk.db"),
                DataLocation.defaultDatabase(Map.of("APPDATA", "C:\\Users\\wang\\AppData\\Roaming"), "Windows 10", "C:\\Users\\wang"));
    }

    @Test
    void linux_keeps_data_in_local_share() {
        assertEquals(Path.of("/home/wang/.local/share/disclosure-desk/desk.db"),
                DataLocation.defaultDatabase(Map.of(), "Linux", "/home/wang"));
    }

    @Test
    void the_option_wins_over_the_environment_which_wins_over_the_default() {
        Map<String, String> env = Map.of("DESK_DB", "/data/env.db");
        assertEquals(Path.of("/data/opt.db"), DataLocation.resolve(Path.of("/data/opt.db"), env, "Linux", "/home/wang"));
        assertEquals(Path.of("/data/env.db"), DataLocation.resolve(null, env, "Linux", "/home/wang"));
        assertEquals(Path.of("/home/wang/.local/share/disclosure-desk/desk.db"), DataLocation.resolve(null, Map.of(), "Linux", "/home/wang"));
    }
}
