// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window's faces are subsets (installer/fonts/build-ui-font.sh): every character the app
 * itself shows — the message bundles, and the string literals of the code, where the statutory labels
 * live as data — must be in it, or a machine without a CJK font shows boxes. When this fails after new
 * text, rerun the script and commit the new font files.
 */
class UiFontCoverageTest {

    private static final Path MAIN = Path.of("src", "main");
    /** A Java string literal (escapes included); the statutory labels are enum constructor arguments. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static Set<Integer> bundleText;
    private static Set<Integer> codeText;

    @BeforeAll
    static void readTheAppsText() throws IOException {
        bundleText = bundleCharacters();
        codeText = stringLiteralCharacters();
    }

    @ParameterizedTest
    @EnumSource(value = ShippedFonts.class, names = {"UI_REGULAR", "UI_BOLD"})
    void every_character_of_the_message_bundles_is_in_the_window_s_faces(ShippedFonts face) throws Exception {
        assertTrue(bundleText.size() > 500, "the bundles were not read: " + bundleText.size());
        assertEquals("", missing(load(face), bundleText), "bundle characters missing from " + face.resourcePath());
    }

    @ParameterizedTest
    @EnumSource(value = ShippedFonts.class, names = {"UI_REGULAR", "UI_BOLD"})
    void every_character_of_the_code_s_string_literals_and_statutory_labels_is_in_the_window_s_faces(ShippedFonts face)
            throws Exception {
        assertTrue(codeText.contains((int) '诉') && codeText.contains((int) '复'), "statutory labels not found in the sources");
        assertEquals("", missing(load(face), codeText), "characters of the code's text missing from " + face.resourcePath());
    }

    @Test
    void the_subsets_really_are_subsets_a_rare_character_is_left_to_the_system_font() throws Exception {
        for (ShippedFonts face : new ShippedFonts[] {ShippedFonts.UI_REGULAR, ShippedFonts.UI_BOLD}) {
            Font font = load(face);
            assertFalse(font.canDisplay('鄠'), face + " is a full font again: rerun build-ui-font.sh");
            assertTrue(font.canDisplay('政'), face.name());
        }
    }

    private static Set<Integer> bundleCharacters() throws IOException {
        Set<Integer> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("resources/i18n"))) {
            for (Path bundle : files.filter(f -> f.toString().endsWith(".properties")).collect(Collectors.toList())) {
                Files.readString(bundle, StandardCharsets.UTF_8).codePoints().filter(c -> c > 0x7E).forEach(used::add);
            }
        }
        return used;
    }

    /** Every non-ASCII character inside a string literal of the main code (UI text, the statutory labels). */
    private static Set<Integer> stringLiteralCharacters() throws IOException {
        Set<Integer> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            // not cli/: the command line prints to a terminal, which draws with its own font
            for (Path source : files.filter(f -> f.toString().endsWith(".java") && !f.getParent().endsWith("cli"))
                    .collect(Collectors.toList())) {
                Matcher literal = STRING_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (literal.find()) {
                    literal.group(1).codePoints().filter(c -> c > 0x7E).forEach(used::add);
                }
            }
        }
        return used;
    }

    private static Font load(ShippedFonts face) throws Exception {
        try (InputStream in = face.openStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static String missing(Font font, Set<Integer> codePoints) {
        return codePoints.stream()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT && !(c >= 0xFE00 && c <= 0xFE0F))
                .filter(c -> !font.canDisplay(c))
                .map(c -> new String(Character.toChars(c)) + "(U+" + Integer.toHexString(c).toUpperCase() + ")")
                .collect(Collectors.joining(" "));
    }
}
