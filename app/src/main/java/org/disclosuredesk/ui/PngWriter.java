// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.disclosuredesk.shared.files.AtomicFileWriter;

/**
 * Writes a snapshot as PNG without AWT or javafx-swing (neither belongs in a JavaFX-only UI):
 * RGBA rows, no filter, zlib-compressed, written by the kit's atomic file writer.
 */
public final class PngWriter {

    private PngWriter() {
    }

    public static void write(WritableImage image, Path target) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream(width * height * 4 + height);
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] line = new byte[width * 4 + 1];
            for (int y = 0; y < height; y++) {
                line[0] = 0;
                for (int x = 0; x < width; x++) {
                    int argb = pixels.getArgb(x, y);
                    int i = 1 + x * 4;
                    line[i] = (byte) (argb >> 16);
                    line[i + 1] = (byte) (argb >> 8);
                    line[i + 2] = (byte) argb;
                    line[i + 3] = (byte) (argb >>> 24);
                }
                z.write(line);
            }
        }
        AtomicFileWriter.write(target, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 6, 0, 0, 0});
            chunk(data, "IHDR", header.toByteArray());
            chunk(data, "IDAT", raw.toByteArray());
            chunk(data, "IEND", new byte[0]);
            data.flush();
        });
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
