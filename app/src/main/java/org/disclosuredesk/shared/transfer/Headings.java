// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.util.Locale;
import org.disclosuredesk.shared.TextFolding;

/**
 * The one rule for when a sheet's column heading names a known column, for every import: spaces
 * (also ideographic), the * and ： that mark required fields, and brackets are ignored, widths and
 * traditional characters folded, Latin letters compared without case: 「 申请人* 」, 「申請人：」 and
 * 「申请人」 are the same heading.
 */
public final class Headings {

    private Headings() {
    }

    public static String normalise(String heading) {
        if (heading == null) {
            return "";
        }
        return TextFolding.fold(heading).replaceAll("[\\s*＊:：（）()\\[\\]【】]", "").toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
