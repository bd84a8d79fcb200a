// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Chinese line breaking (禁则): a line never starts with closing punctuation such as ，。、；：？！）》」”
 * and never ends with an opening one such as （《「“. iText's default breaks anywhere between ideographs
 * and put 「，」 at the start of a line (stack-notes §4). {@link #isSplitCharacter} answers whether a
 * line may break after the glyph at {@code glyphPos}.
 */
public final class CjkSplitCharacters implements ISplitCharacters {

    static final String NO_BREAK_BEFORE = "，。、；：？！）》」』”’…—〕】．,.;:?!)%％·";
    static final String NO_BREAK_AFTER = "（《「『“‘〔【(";

    private final ISplitCharacters defaults = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        Glyph glyph = text.get(glyphPos);
        if (!glyph.hasValidUnicode()) {
            return false;
        }
        if (NO_BREAK_AFTER.indexOf(glyph.getUnicode()) >= 0) {
            return false;
        }
        int next = glyphPos + 1;
        if (next < text.getEnd()) {
            Glyph following = text.get(next);
            if (following.hasValidUnicode() && NO_BREAK_BEFORE.indexOf(following.getUnicode()) >= 0) {
                return false;
            }
        }
        return defaults.isSplitCharacter(text, glyphPos) || NO_BREAK_BEFORE.indexOf(glyph.getUnicode()) >= 0;
    }
}
