// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.text.TextDecoding;

/**
 * Opens a plan file: .docx through POI, .txt in whatever encoding it was saved in. Files it cannot
 * read get a sentence saying why and what to do, never a stack trace.
 */
public final class PlanFileReader {

    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private PlanFileReader() {
    }

    public static PlanSource read(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes = bytes(file, name);
        if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
            throw new UserError("“" + name + "”是旧版 Word/WPS 文件，无法直接读取。请在 Word 或 WPS 中“另存为”.docx 后再导入，或复制全文粘贴导入。");
        }
        if (lower.endsWith(".pdf")) {
            throw new UserError("“" + name + "”是 PDF 文件，暂不能直接读取。请用 Word 打开后另存为 .docx，或复制全文粘贴导入。");
        }
        if (isZip(bytes)) {
            if (lower.endsWith(".docx") || !lower.contains(".")) {
                return docx(name, bytes);
            }
            throw new UserError("“" + name + "”不是 Word（.docx）或文本（.txt）文件。请选择工作方案的 .docx 或 .txt 文件。");
        }
        if (lower.endsWith(".docx")) {
            throw new UserError("“" + name + "”不是有效的 .docx 文件（文件可能已损坏，或只是改了扩展名）。请用 Word 打开后重新保存为 .docx。");
        }
        String text = TextDecoding.decode(bytes).text();
        if (looksBinary(text)) {
            throw new UserError("“" + name + "”不是文本文件，无法读取。请选择工作方案的 .docx 或 .txt 文件。");
        }
        return PlanSource.fromText(name, text);
    }

    private static byte[] bytes(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserError("“" + file + "”是文件夹，请选择工作方案文件。");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UserError("“" + name + "”超过 50 MB，不像是一份工作方案。请检查所选文件。");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new UserError("“" + name + "”是空文件，没有可读取的内容。");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UserError("找不到文件“" + file + "”。请检查路径。", e);
        } catch (AccessDeniedException e) {
            throw new UserError("没有权限读取“" + file + "”。请检查文件权限，或先把文件复制到桌面再导入。", e);
        } catch (IOException e) {
            throw new UserError("无法读取“" + file + "”：" + e.getMessage(), e);
        }
    }

    private static PlanSource docx(String name, byte[] bytes) {
        try {
            return DocxReader.read(name, new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new UserError("无法读取 Word 文件“" + name + "”：文件可能已损坏、已加密或不是 .docx。请用 Word 打开后重新保存，或复制全文粘贴导入。", e);
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Control characters other than tabs and line breaks mean the bytes are not text. */
    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }
}
