// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ShippedFontsTest {

    /** Characters of the report's fixed labels, headings, money and document numbers. */
    private static final String REPORT_LABELS = "政府信息公开工作年度报告（一）（二）“三安全一稳定”￥〔2025〕1号"
            + "一、总体情况 主动公开 依申请公开 行政复议 行政诉讼 维持 纠正 其他结果 尚未审结 总计 "
            + "本年新收政府信息公开申请数量 上年结转 予以公开 部分公开 不予公开 无法提供 不予处理 "
            + "自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 信息处理费 万元 "
            + "第1页 — 1 — ABCxyz0123456789%：；，。、！？《》【】…—·";

    /** Rare characters that appear in place and person names (鄠邑, 猇亭, 嫚, 堃, 赟, 昇, 喆). */
    private static final String RARE_NAME_CHARACTERS = "鄠猇嫚堃赟昇喆";

    @ParameterizedTest
    @EnumSource(ShippedFonts.class)
    void everyRoleIsAnOpenTypeFontInTheBuild(ShippedFonts role) throws Exception {
        byte[] header;
        try (InputStream in = role.openStream()) {
            header = in.readNBytes(4);
        }
        boolean trueType = Arrays.equals(header, new byte[] {0, 1, 0, 0});
        boolean cff = Arrays.equals(header, "OTTO".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(trueType || cff, role + " has no sfnt header: " + Arrays.toString(header));
        assertTrue(role.bytes().length > 1_000_000, role + " is suspiciously small for a CJK face");
    }

    @ParameterizedTest
    @EnumSource(ShippedFonts.class)
    void everyRoleDrawsTheReportLabelsAndNamesItsFamily(ShippedFonts role) throws Exception {
        Font font = load(role);

        assertEquals(role.family(), font.getFamily(Locale.ENGLISH));
        assertEquals("", missing(font, REPORT_LABELS), role + " cannot draw these report characters");
    }

    /** The PDF roles; the window's faces leave rare characters in data to the system's CJK font. */
    @ParameterizedTest
    @EnumSource(value = ShippedFonts.class, mode = EnumSource.Mode.EXCLUDE, names = {"UI_REGULAR", "UI_BOLD"})
    void rareNameCharactersAreDrawnByTheFaceOrItsFallback(ShippedFonts role) throws Exception {
        ShippedFonts drawing = role.fallback().orElse(role);

        assertEquals("", missing(load(drawing), RARE_NAME_CHARACTERS));
        assertEquals(drawing.coverage(), ShippedFonts.Coverage.UNIFIED_IDEOGRAPHS);
    }

    @Test
    void gb2312FacesSayTheyNeedAFallbackAndReallyLackRareCharacters() throws Exception {
        for (ShippedFonts role : ShippedFonts.values()) {
            assertEquals(role.coverage() == ShippedFonts.Coverage.GB2312, role.fallback().isPresent(), role.name());
        }
        assertFalse(load(ShippedFonts.PDF_SUBHEADING).canDisplay('鄠'));
    }

    @Test
    void boldRolesAreBoldFaces() throws Exception {
        for (ShippedFonts role : ShippedFonts.values()) {
            String faceName = load(role).getFontName(Locale.ENGLISH);
            assertEquals(role.bold(), faceName.endsWith("Bold"), role + " is " + faceName);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "PDF_TITLE, simsun.ttc",
        "PDF_BODY, simfang.ttf",
        "PDF_HEADING, simhei.ttf",
        "PDF_SUBHEADING, simkai.ttf",
    })
    void prefersTheWindowsFaceWhenItsFileExists(ShippedFonts role, String fileName, @TempDir Path fonts)
            throws Exception {
        assertEquals(Optional.empty(), role.preferredSystemFont(fonts));

        Path file = Files.write(fonts.resolve(fileName), new byte[] {0, 1, 0, 0});

        assertEquals(Optional.of(file), role.preferredSystemFont(fonts));
    }

    @Test
    void theWindowHasNoPreferredSystemFace(@TempDir Path fonts) throws Exception {
        for (String name : new String[] {"simsun.ttc", "simfang.ttf", "simhei.ttf", "simkai.ttf", "msyh.ttc"}) {
            Files.write(fonts.resolve(name), new byte[] {0});
        }
        assertEquals(Optional.empty(), ShippedFonts.UI_REGULAR.preferredSystemFont(fonts));
        assertEquals(Optional.empty(), ShippedFonts.UI_BOLD.preferredSystemFont(fonts));
    }

    @Test
    void everyShippedFileHasItsLicenceBesideIt() throws Exception {
        for (String licence : new String[] {"/fonts/LICENSE-NotoCJK.txt", "/fonts/LICENSE-DeskKai.txt"}) {
            try (InputStream in = ShippedFonts.class.getResourceAsStream(licence)) {
                assertTrue(in != null, licence);
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(text.contains("SIL OPEN FONT LICENSE Version 1.1"), licence);
            }
        }
        byte[] sansBold = ShippedFonts.UI_BOLD.bytes();
        assertArrayEquals(sansBold, ShippedFonts.PDF_HEADING.bytes(), "headings reuse the UI bold file");
    }

    private static Font load(ShippedFonts role) throws Exception {
        try (InputStream in = role.openStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static String missing(Font font, String text) {
        return text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !font.canDisplay(c))
                .mapToObj(Character::toString)
                .collect(Collectors.joining());
    }
}
