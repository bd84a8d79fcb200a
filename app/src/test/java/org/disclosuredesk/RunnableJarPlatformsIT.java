// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runnable jar opens a window on every office desktop: it carries JavaFX's natives and platform
 * classes, and SQLite's, for Windows, Linux and macOS. Runs after {@code package} (surefire execution
 * {@code runnable-jar} in app/pom.xml), because the shaded jar does not exist during {@code test}.
 */
class RunnableJarPlatformsIT {

    private static final Path JAR = Path.of("target", "disclosure-desk.jar");

    /** What JavaFX's NativeLibLoader and the glass toolkit need at the jar root, per platform. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "windows", List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll", "javafx_iio.dll",
                    "decora_sse.dll", "com/sun/glass/ui/win/WinApplication.class",
                    "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll"),
            "linux", List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                    "libjavafx_font.so", "libjavafx_font_freetype.so", "libjavafx_iio.so",
                    "com/sun/glass/ui/gtk/GtkApplication.class", "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"),
            "mac", List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib", "libjavafx_font.dylib",
                    "libjavafx_iio.dylib", "com/sun/glass/ui/mac/MacApplication.class",
                    "org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"windows", "linux", "mac"})
    void the_jar_carries_the_natives_of(String platform) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run `mvn package` first: " + JAR.toAbsolutePath());
        Set<String> entries;
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
        Map<String, Boolean> found = new TreeMap<>();
        REQUIRED.get(platform).forEach(name -> found.put(name, entries.contains(name)));
        assertTrue(found.values().stream().allMatch(Boolean::booleanValue),
                platform + " natives missing from " + JAR + ": " + found);
    }

    @Test
    void the_jar_says_the_pom_version() throws Exception {
        String pomVersion = System.getProperty("disclosuredesk.pomVersion");
        assertNotNull(pomVersion, "run through Maven (surefire execution runnable-jar)");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "--version did not finish");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Disclosure Desk " + pomVersion), output);
    }
}
