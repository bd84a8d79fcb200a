// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code asks for is in the zh_CN bundle, and every bundle key is still used. */
class BundleKeysTest {

    private static final Pattern KEY_USE = Pattern.compile("Texts\\.get\\(\\s*\"([a-zA-Z0-9_.\\-]+)\"");
    /** Keys held in enums or tables (e.g. Navigation) count as used; missing ones are caught where they are looked up. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    @Test
    void every_used_key_exists_and_every_key_is_used() throws IOException {
        Set<String> used = keys(KEY_USE);
        Set<String> defined = definedKeys();

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        unused.removeAll(keys(KEY_LITERAL));

        assertEquals(Set.of(), missing, "keys used in code but missing from messages_zh_CN.properties");
        assertEquals(Set.of(), unused, "keys in messages_zh_CN.properties that no code uses");
    }

    private static Set<String> keys(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                String code = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)/\\*.*?\\*/", "")
                        .replaceAll("(?m)^\\s*//.*$", "");
                Matcher m = pattern.matcher(code);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> definedKeys() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/i18n/messages_zh_CN.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
