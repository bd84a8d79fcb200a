// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Random, reproducible damage to a valid file: byte flips, truncation, inserted garbage and repeated
 * chunks for any file; for .docx/.xlsx (zip) the damage goes inside one XML part and the zip is rebuilt,
 * so the parser sees a well-formed container with broken content; for text, lines are repeated, dropped
 * or salted with GBK bytes, formulas and huge cells.
 */
final class Mutator {

    private static final String[] SALT = {"=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd", "-2+3", "\u0000", "\uFEFF",
            "\"", "\"\"\"", ",", "\t", "\r", "\n\n", "２０２５年１３月４５日", "45292", "1900-02-29", "9999-99-99", "𠮷", "<", "&amp;",
            "]]>", "{{", "%s", "\\", "中".repeat(40_000)};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(byte[] original, String fileName) throws IOException {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        boolean zip = lower.endsWith(".docx") || lower.endsWith(".xlsx");
        boolean text = lower.endsWith(".txt") || lower.endsWith(".csv");
        int choice = random.nextInt(zip || text ? 3 : 2);
        if (choice == 2) {
            return zip ? mutateInsideZip(original) : mutateText(original);
        }
        return mutateBytes(original, choice == 0 ? 1 + random.nextInt(8) : 1);
    }

    private byte[] mutateBytes(byte[] original, int operations) {
        byte[] b = original.clone();
        for (int i = 0; i < operations; i++) {
            if (b.length == 0) {
                return b;
            }
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0:
                    b[at] ^= (byte) (1 << random.nextInt(8));
                    break;
                case 1:
                    b = Arrays.copyOf(b, at);
                    break;
                case 2:
                    b = splice(b, at, at, randomBytes(1 + random.nextInt(64)));
                    break;
                case 3:
                    int len = Math.min(b.length - at, 1 + random.nextInt(4096));
                    b = splice(b, at, at, Arrays.copyOfRange(b, at, at + len));
                    break;
                default:
                    Arrays.fill(b, at, Math.min(b.length, at + 1 + random.nextInt(512)), (byte) 0);
            }
        }
        return b;
    }

    private byte[] mutateText(byte[] original) {
        Charset charset = random.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("GBK");
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int ops = 1 + random.nextInt(4);
        for (int i = 0; i < ops && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(4)) {
                case 0:
                    lines.add(at, lines.get(at));
                    break;
                case 1:
                    lines.remove(at);
                    break;
                case 2:
                    String line = lines.get(at);
                    int pos = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + SALT[random.nextInt(SALT.length)] + line.substring(pos));
                    break;
                default:
                    lines.set(at, "");
            }
        }
        return String.join("\n", lines).getBytes(charset);
    }

    private byte[] mutateInsideZip(byte[] original) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        } catch (IOException e) {
            return mutateBytes(original, 1);
        }
        if (names.isEmpty()) {
            return mutateBytes(original, 1);
        }
        int victim = random.nextInt(names.size());
        if (random.nextInt(6) == 0) {
            names.remove(victim);
            contents.remove(victim);
        } else {
            contents.set(victim, random.nextBoolean() ? mutateText(contents.get(victim)) : mutateBytes(contents.get(victim), 1));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                out.putNextEntry(new ZipEntry(names.get(i)));
                out.write(contents.get(i));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
