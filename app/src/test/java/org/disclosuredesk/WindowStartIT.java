// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.disclosuredesk.settings.OrgSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, end to end: the runnable jar started as the clerk starts it (no command, an office already set
 * up) shows the window's frame before the database opens, then the last-used screen. Headless (Monocle),
 * through the start-up probe that installer/measure-startup.sh reads (FirstFrameProbe), so it runs after
 * {@code package} with {@link RunnableJarPlatformsIT}.
 */
class WindowStartIT {

    private static final Path JAR = Path.of("target", "disclosure-desk.jar");

    @TempDir
    Path dir;

    @Test
    void the_frame_is_on_screen_before_the_database_opens_and_the_screen_follows() throws Exception {
        Path db = dir.resolve("desk.db");
        try (AppContext context = AppContext.create(db)) {
            context.settings().save(OrgSettings.defaultsFor("示例县政府办"));
        }
        Path probe = dir.resolve("steps.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Duser.home=" + dir, "-Ddisclosuredesk.firstFrame=" + probe,
                "-Ddisclosuredesk.firstFrame.exit=true", "-jar", JAR.toString(), "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(ended, "the window did not reach its screen and quit within 180 s\n" + output);
        assertEquals(0, process.exitValue(), output);

        Map<String, Long> steps = new LinkedHashMap<>();
        for (String line : Files.readAllLines(probe, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            steps.put(parts[0], Long.parseLong(parts[1]));
        }
        assertTrue(steps.keySet().containsAll(List.of("first-frame", "database-open", "screen-built", "screen-frame")),
                steps + "\n" + output);
        assertTrue(steps.get("first-frame") <= steps.get("database-open"), "the frame waits for nothing: " + steps);
        assertTrue(steps.get("database-open") <= steps.get("screen-built"), steps.toString());
        assertTrue(steps.get("screen-built") <= steps.get("screen-frame"), steps.toString());
    }
}
