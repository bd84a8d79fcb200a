// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph of a narrative section as printed: an optional second-level heading (（一）主动公开。, set
 * in Kai) and the body that follows it on the same line (set in FangSong/Song). A line that is only a
 * heading (（一）主动公开情况) has an empty body. GB/T 9704 sets （一） headings at the paragraph's start.
 */
public record NarrativeParagraph(String heading, String body) {

    private static final Pattern STARTS_WITH_NUMBER = Pattern.compile("^（[一二三四五六七八九十]{1,3}）.*", Pattern.DOTALL);
    private static final int MAX_HEADING = 40;

    public boolean hasHeading() {
        return !heading.isEmpty();
    }

    /** One paragraph per non-blank line. */
    public static List<NarrativeParagraph> parse(String text) {
        List<NarrativeParagraph> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.replace('\u3000', ' ').strip();
            if (!t.isEmpty()) {
                paragraphs.add(of(t));
            }
        }
        return paragraphs;
    }

    private static NarrativeParagraph of(String line) {
        if (!STARTS_WITH_NUMBER.matcher(line).matches()) {
            return new NarrativeParagraph("", line);
        }
        int stop = line.indexOf('。');
        if (stop < 0) {
            return line.length() <= MAX_HEADING ? new NarrativeParagraph(line, "") : new NarrativeParagraph("", line);
        }
        if (stop + 1 > MAX_HEADING) {
            return new NarrativeParagraph("", line);
        }
        return new NarrativeParagraph(line.substring(0, stop + 1), line.substring(stop + 1).strip());
    }
}
