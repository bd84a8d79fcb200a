// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The CJK faces shipped inside the app, one constant per typographic role.
 *
 * <p>Why: a fresh Linux machine (and CI) has no Chinese font, so the window would show boxes and the
 * annual report PDF could not embed its text. These are OFL-1.1 subsets (licences beside the files in
 * {@code /fonts/}; choice, subsetting and sizes in {@code docs/decisions/0003-shipped-cjk-fonts.md}).
 * The PDF roles follow GB/T 9704 (公文格式): title in a bold Song, body in FangSong (no OFL FangSong
 * exists, so a Song regular stands in), first-level headings in Hei, second-level headings in Kai.
 *
 * <p>On Windows the PDF code should prefer the office's own system faces ({@link #preferredSystemFont()})
 * — they are what the office's Word documents use — and fall back to the shipped file.
 *
 * <p>Plain Java on purpose: the UI loads {@link #openStream()} with JavaFX, the PDF code {@link #bytes()}
 * with iText, and neither library leaks into {@code shared}.
 */
public enum ShippedFonts {

    /**
     * Window text: the app's own words and GB2312 (installer/fonts/build-ui-font.sh). A rarer character in
     * typed data comes from the system's CJK font through JavaFX's font fallback.
     */
    UI_REGULAR("NotoSansCJKsc-Regular.ui.otf", "Noto Sans CJK SC", false, Coverage.APP_TEXT, null, null),
    /**
     * Window text in bold; without a real bold face JavaFX would show bold labels as regular. The same
     * file as {@link #PDF_HEADING}, so the bold face costs the package nothing extra.
     */
    UI_BOLD("NotoSansCJKsc-Bold.gb2312.otf", "Noto Sans CJK SC", true, Coverage.APP_TEXT, null, null),
    /**
     * Report title (二号 小标宋 in GB/T 9704). Windows: 宋体 {@code simsun.ttc}, face 0 of the collection,
     * which has no bold face, so the PDF code simulates bold as Word does.
     */
    PDF_TITLE("NotoSerifCJKsc-Bold.gb2312.otf", "Noto Serif CJK SC", true, Coverage.GB2312, "PDF_BODY", "simsun.ttc"),
    /** Report body (三号 仿宋). Windows: 仿宋 {@code simfang.ttf}; shipped: a Song regular. */
    PDF_BODY("NotoSerifCJKsc-Regular.subset.otf", "Noto Serif CJK SC", false, Coverage.UNIFIED_IDEOGRAPHS, null, "simfang.ttf"),
    /**
     * First-level headings 「一、」 (黑体), fixed text: GB2312 plus the app's own words; a rarer character
     * is drawn with the body face. Windows: {@code simhei.ttf}. Same file as {@link #UI_BOLD}.
     */
    PDF_HEADING("NotoSansCJKsc-Bold.gb2312.otf", "Noto Sans CJK SC", true, Coverage.GB2312, "PDF_BODY", "simhei.ttf"),
    /** Second-level headings 「（一）」 (楷体). Windows: {@code simkai.ttf}; shipped: Desk Kai (LXGW WenKai). */
    PDF_SUBHEADING("DeskKai-Regular.gb2312.ttf", "Desk Kai", false, Coverage.GB2312, "PDF_BODY", "simkai.ttf");

    /** Which hanzi a shipped face has, besides ASCII, Latin-1, punctuation, CJK symbols and full-width forms. */
    public enum Coverage {
        /** All of U+4E00–U+9FFF (the 20,9xx CJK Unified Ideographs the face draws), so rare name characters render. */
        UNIFIED_IDEOGRAPHS,
        /** Only the 6,763 GB2312 hanzi, to keep the app small; other characters need {@link #fallback()}. */
        GB2312,
        /**
         * GB2312 plus every character of the app's own text (labels, statutory terms, messages), checked by
         * UiFontCoverageTest; for the window only, where the system's CJK font draws anything rarer.
         */
        APP_TEXT
    }

    private static final String DIRECTORY = "/fonts/";

    private final String fileName;
    private final String family;
    private final boolean bold;
    private final Coverage coverage;
    private final String fallbackName;
    private final String windowsFileName;

    ShippedFonts(String fileName, String family, boolean bold, Coverage coverage, String fallbackName,
                 String windowsFileName) {
        this.fileName = fileName;
        this.family = family;
        this.bold = bold;
        this.coverage = coverage;
        this.fallbackName = fallbackName;
        this.windowsFileName = windowsFileName;
    }

    /** Classpath resource, e.g. {@code /fonts/NotoSansCJKsc-Regular.subset.otf}. */
    public String resourcePath() {
        return DIRECTORY + fileName;
    }

    /** Family name as the font reports it (name ID 1), for CSS {@code -fx-font-family} and font lookups. */
    public String family() {
        return family;
    }

    /** Whether the shipped file is the bold face of its family (JavaFX: {@code FontWeight.BOLD}). */
    public boolean bold() {
        return bold;
    }

    public Coverage coverage() {
        return coverage;
    }

    /**
     * The shipped role to draw characters this face lacks (only for {@link Coverage#GB2312} faces): a
     * same-style face with every unified ideograph, so a rare character in a place or person name is
     * drawn in a lighter weight rather than missing (PDF/A refuses missing glyphs).
     */
    public Optional<ShippedFonts> fallback() {
        return Optional.ofNullable(fallbackName).map(ShippedFonts::valueOf);
    }

    /** A new stream over the font file; the caller closes it. */
    public InputStream openStream() {
        InputStream in = ShippedFonts.class.getResourceAsStream(resourcePath());
        if (in == null) {
            throw new IllegalStateException("Font resource missing from the build: " + resourcePath());
        }
        return in;
    }

    /** The whole font file (4–14 MB): read once per use and keep the parsed font, not these bytes. */
    public byte[] bytes() {
        try (InputStream in = openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font resource " + resourcePath(), e);
        }
    }

    /**
     * The Windows system face for this role (宋体, 仿宋, 黑体, 楷体 in {@code %SystemRoot%\Fonts}) when this
     * is Windows and the file exists; empty for the UI roles and everywhere else. A {@code .ttc} file is a
     * collection: use face 0.
     */
    public Optional<Path> preferredSystemFont() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Optional.empty();
        }
        String systemRoot = Optional.ofNullable(System.getenv("SystemRoot")).orElse("C:\\Windows");
        return preferredSystemFont(Path.of(systemRoot, "Fonts"));
    }

    /** {@link #preferredSystemFont()} looking in the given fonts folder (tests use a temporary one). */
    Optional<Path> preferredSystemFont(Path windowsFontsFolder) {
        if (windowsFileName == null) {
            return Optional.empty();
        }
        Path file = windowsFontsFolder.resolve(windowsFileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
