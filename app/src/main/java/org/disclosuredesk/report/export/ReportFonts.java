// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.disclosuredesk.shared.ShippedFonts;

/**
 * The report's faces by GB/T 9704 role: the Windows system face where present (宋体, 仿宋, 黑体, 楷体 —
 * what the office's Word files use), else the OFL face shipped with the app. Parsed font programs are
 * kept for the next export (parsing a CJK face takes up to 200 ms); each PDF embeds its own subset.
 */
public final class ReportFonts {

    /** A typographic role of the report and the shipped face that fills it. */
    public enum Role {
        TITLE(ShippedFonts.PDF_TITLE, "宋体"),
        BODY(ShippedFonts.PDF_BODY, "仿宋"),
        HEADING(ShippedFonts.PDF_HEADING, "黑体"),
        SUBHEADING(ShippedFonts.PDF_SUBHEADING, "楷体");

        private final ShippedFonts shipped;
        private final String wordFace;

        Role(ShippedFonts shipped, String wordFace) {
            this.shipped = shipped;
            this.wordFace = wordFace;
        }

        /** The face name a .docx asks Word for. */
        public String wordFace() {
            return wordFace;
        }
    }

    private final Function<ShippedFonts, Optional<Path>> systemFaces;
    private final Map<Role, FontProgram> programs = new EnumMap<>(Role.class);
    private final Map<Role, Boolean> fromSystem = new EnumMap<>(Role.class);

    /** Prefers the Windows faces ({@link ShippedFonts#preferredSystemFont()}). */
    public ReportFonts() {
        this(ShippedFonts::preferredSystemFont);
    }

    /** {@code systemFaces} finds the system face of a role, if any (tests pass none). */
    public ReportFonts(Function<ShippedFonts, Optional<Path>> systemFaces) {
        this.systemFaces = systemFaces;
    }

    /** The embedded (subset) fonts of one PDF document. */
    public synchronized DocumentFonts forDocument() {
        Map<Role, PdfFont> fonts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            fonts.put(role, PdfFontFactory.createFont(program(role), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
        }
        return new DocumentFonts(fonts, simulatedBoldTitle());
    }

    /** 宋体 has no bold face: the title is emboldened by the renderer, as Word does. */
    private boolean simulatedBoldTitle() {
        return fromSystem.getOrDefault(Role.TITLE, false);
    }

    private FontProgram program(Role role) {
        return programs.computeIfAbsent(role, r -> {
            try {
                Optional<Path> system = systemFaces.apply(r.shipped);
                fromSystem.put(r, system.isPresent());
                if (system.isPresent()) {
                    byte[] bytes = Files.readAllBytes(system.get());
                    return system.get().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")
                            ? FontProgramFactory.createFont(bytes, 0, false)
                            : FontProgramFactory.createFont(bytes, false);
                }
                return FontProgramFactory.createFont(r.shipped.bytes(), false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the report font for " + r, e);
            }
        });
    }
}
