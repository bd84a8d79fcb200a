// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The one text folding of the app. A matching view of Chinese text, character for character: Unicode
 * NFKC where it maps one character to one (full-width digits and letters to ASCII, Kangxi radicals and
 * compatibility ideographs from PDFs to the ordinary characters, half-width 「」。、), plus the Chinese
 * rules NFKC lacks: traditional characters become simplified, and the punctuation people type in either
 * width ({@code ( ( : , ;}) becomes the full-width form NFKC would undo. Circled and superscript numbers
 * keep their shape (①② number items; m² is a unit). The result has the same length as the input, so a match found in the folded text
 * is cut from the original at the same offsets: what is shown and stored stays as written.
 */
public final class TextFolding {

    private static final char[] MAP = buildMap();

    private TextFolding() {
    }

    /** The folded view, same length as {@code s}. */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = MAP[s.charAt(i)];
        }
        return new String(out);
    }

    public static char fold(char c) {
        return MAP[c];
    }

    /**
     * Only the width: full-width ASCII as typed with a Chinese input method becomes ASCII and the
     * ideographic space a space; Chinese punctuation stays. For dates, numbers and codes.
     */
    public static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '！' && c <= '～') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A key for comparing names: folded, without spaces and without punctuation around it. */
    public static String nameKey(String s) {
        String f = fold(s == null ? "" : s);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        int start = 0;
        int end = sb.length();
        while (start < end && isEdgePunctuation(sb.charAt(start))) {
            start++;
        }
        while (end > start && isEdgePunctuation(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(start, end);
    }

    private static boolean isEdgePunctuation(char c) {
        return "，。、；：！？.,;:!?“”\"'‘’".indexOf(c) >= 0;
    }

    private static char[] buildMap() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            map[c] = (char) c;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && !keepsShape(c)) {
                String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
                if (n.length() == 1) {
                    map[c] = n.charAt(0);
                }
            }
        }
        loadTraditional(map);
        // Full-width ASCII (digits, letters, symbols) as typed with a Chinese input method.
        for (char c = '！'; c <= '～'; c++) {
            map[c] = (char) (c - 0xFEE0);
        }
        // One form for the punctuation that both widths use in plans.
        map['('] = '（';
        map['（'] = '（';
        map[')'] = '）';
        map['）'] = '）';
        map[':'] = '：';
        map['：'] = '：';
        map[','] = '，';
        map['，'] = '，';
        map[';'] = '；';
        map['；'] = '；';
        map['\uFF64'] = '、';
        map['﹝'] = '〔';
        map['﹞'] = '〕';
        map['［'] = '[';
        map['］'] = ']';
        map['\u3000'] = ' ';
        map['\u00A0'] = ' ';
        map['\u2002'] = ' ';
        map['\u2003'] = ' ';
        return map;
    }

    /** Superscripts, subscripts and enclosed numbers and ideographs (① ㊀ ⑴ ²) mean something as they are. */
    private static boolean keepsShape(int c) {
        return c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x209F) || (c >= 0x2460 && c <= 0x24FF)
                || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3200 && c <= 0x32FF) || (c >= 0x1D400 && c <= 0x1D7FF);
    }

    private static void loadTraditional(char[] map) {
        try (InputStream in = TextFolding.class.getResourceAsStream("traditional-to-simplified.txt")) {
            if (in == null) {
                throw new IllegalStateException("traditional-to-simplified.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (int i = 0; i + 1 < line.length(); i += 2) {
                    map[line.charAt(i)] = line.charAt(i + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
