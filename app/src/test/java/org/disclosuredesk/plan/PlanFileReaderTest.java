// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.text.TextDecoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read give a sentence saying why and what to do. */
class PlanFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void text_encodings_are_detected() {
        String text = "（責任單位：縣政府辦）政务公开";
        assertEquals(text, TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals("GB18030", TextDecoding.decode("政务公开工作方案".getBytes(Charset.forName("GBK"))).charset());
        assertEquals("政务公开工作方案", TextDecoding.decode("政务公开工作方案".getBytes(Charset.forName("GBK"))).text());
        byte[] utf16 = "\uFEFF政务".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("政务", TextDecoding.decode(utf16).text());
    }

    @Test
    void an_old_word_file_says_to_save_as_docx() throws Exception {
        UserError e = assertThrows(UserError.class, () -> PlanFileReader.read(Files.write(dir.resolve("方案.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11})));
        assertTrue(e.getMessage().contains("另存为”.docx"), e.getMessage());
    }

    @Test
    void a_missing_an_empty_and_a_broken_file_each_say_so() throws Exception {
        assertTrue(message(dir.resolve("没有.docx")).contains("找不到文件"));
        assertTrue(message(Files.write(dir.resolve("空.txt"), new byte[0])).contains("空文件"));
        assertTrue(message(Files.write(dir.resolve("坏.docx"), new byte[] {'P', 'K', 3, 4, 0, 0})).contains("无法读取 Word 文件"));
        assertTrue(message(Files.write(dir.resolve("图.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3, 0, 0, 0, 4})).contains("不是文本文件"));
    }

    private String message(Path file) {
        return assertThrows(UserError.class, () -> PlanFileReader.read(file)).getMessage();
    }
}
