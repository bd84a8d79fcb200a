// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place a text file's encoding is decided, whatever Windows saved it as: a BOM wins (UTF-8,
 * UTF-16LE/BE); UTF-16 without a BOM is recognised by its NUL bytes (every other byte of Latin text is
 * 0); bytes that are valid UTF-8 are UTF-8; anything else is GB18030, which contains GBK and GB2312
 * (Notepad's and Excel's "ANSI" on a Chinese Windows).
 */
public final class TextDecoding {

    /** The charset found and how many BOM bytes precede the text. */
    public record Encoding(Charset charset, int bomLength, String name) {
    }

    /** The text and the name of the encoding it was found in. */
    public record Decoded(String text, String charset) {
    }

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 4096;

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) {
        Encoding e = detect(bytes, bytes.length, isUtf8(bytes));
        return new Decoded(new String(bytes, e.bomLength(), bytes.length - e.bomLength(), e.charset()), e.name());
    }

    /** The text of a small file, in whatever encoding it was saved. */
    public static String decodeText(byte[] bytes) {
        return decode(bytes).text();
    }

    /** The encoding of a file of any size, read as a stream (the UTF-8 check never holds the file in memory). */
    public static Encoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        Encoding byMarks = byMarks(head, head.length);
        if (byMarks != null) {
            return byMarks;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return detect(head, head.length, isUtf8(in));
        }
    }

    private static Encoding detect(byte[] bytes, int length, boolean utf8) {
        Encoding byMarks = byMarks(bytes, Math.min(length, SNIFF));
        if (byMarks != null) {
            return byMarks;
        }
        return utf8 ? new Encoding(StandardCharsets.UTF_8, 0, "UTF-8") : new Encoding(GB18030, 0, "GB18030");
    }

    /** A BOM, or the NUL pattern of UTF-16 without one; null when neither is there. */
    private static Encoding byMarks(byte[] b, int n) {
        if (startsWith(b, n, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (startsWith(b, n, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE");
        }
        if (startsWith(b, n, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE");
        }
        int pairs = n / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        // Headings, commas, digits and line breaks are ASCII: in UTF-16 their high byte is 0, on one side only.
        if (oddNul * 5 >= pairs && evenNul * 20 < pairs) {
            return new Encoding(StandardCharsets.UTF_16LE, 0, "UTF-16LE");
        }
        if (evenNul * 5 >= pairs && oddNul * 20 < pairs) {
            return new Encoding(StandardCharsets.UTF_16BE, 0, "UTF-16BE");
        }
        return null;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            strictUtf8().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        boolean end = false;
        while (!end) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            if (!end) {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, end);
            if (r.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        return !decoder.flush(chars).isError();
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int n, int... prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
