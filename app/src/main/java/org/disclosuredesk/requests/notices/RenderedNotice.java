// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice as it is printed: title, number, addressee, body paragraphs, the seal line (organ and date).
 * An issued notice is stored in this form, so a reprint is the same document.
 */
public record RenderedNotice(String title, String number, String addressee, List<String> paragraphs,
        String organName, LocalDate issuedOn) {

    private static final Pattern GAP = Pattern.compile("【未(?:记录|设置)：[^】]*】");

    public RenderedNotice {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The gaps the text admits (【未记录：补正事项】 …), for the clerk to fill before sending. */
    public List<String> gaps() {
        Matcher m = GAP.matcher(addressee + "\n" + String.join("\n", paragraphs));
        return m.results().map(r -> r.group()).distinct().toList();
    }

    /** The whole text, top to bottom, as pdftotext would read it. */
    public String plainText() {
        return title + "\n" + number + "\n" + addressee + "：\n" + String.join("\n", paragraphs) + "\n" + organName + "\n"
                + Placeholder.date(issuedOn);
    }
}
