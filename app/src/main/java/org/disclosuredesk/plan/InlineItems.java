// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;
import org.disclosuredesk.shared.text.ChineseNumeral;

/** The inline items of a paragraph: 一是…；二是…；三是…, counted in order from 一是. */
final class InlineItems {

    /** One inline item: {@code [start, end)} in the text, the label as written, where its own text starts. */
    record Item(int start, int end, String written, int textStart) {
    }

    private static final Pattern SHI = Pattern.compile(
            "(?<=^|[。；，：\\n\\s！？])([一二三四五六七八九十]+)是(?![的否])[，：]?");

    private InlineItems() {
    }

    /** The items, or an empty list when the text has fewer than two (一是 alone is not a list). */
    static List<Item> find(String text) {
        String folded = TextFolding.fold(text);
        if (!folded.contains("二是")) {
            return List.of();
        }
        Matcher m = SHI.matcher(folded);
        List<int[]> starts = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            if (ChineseNumeral.parse(m.group(1)) == expected) {
                starts.add(new int[] {m.start(), m.end(1) + 1, m.end()});
                expected++;
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            items.add(new Item(s[0], end, text.substring(s[0], s[1]), s[2]));
        }
        return items;
    }
}
