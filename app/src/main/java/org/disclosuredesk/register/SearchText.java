// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.ArrayList;
import java.util.List;

/**
 * What the office typed into the search box, split for SQLite. Words of three or more characters go to
 * the FTS5 trigram index (substring search for Chinese without a word segmenter); the trigram index
 * cannot answer one- or two-character words, so those become LIKE conditions. All words must match.
 * Bracket variants in a 文号 are folded first, so "[2025]" finds 〔2025〕.
 */
public record SearchText(List<String> indexedWords, List<String> shortWords) {

    public static final int TRIGRAM = 3;

    public static SearchText of(String text) {
        List<String> indexed = new ArrayList<>();
        List<String> shorter = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().split("\\s+")) {
                String w = DocNumber.normaliseBrackets(word);
                if (w.isEmpty()) {
                    continue;
                }
                (w.codePointCount(0, w.length()) >= TRIGRAM ? indexed : shorter).add(w);
            }
        }
        return new SearchText(List.copyOf(indexed), List.copyOf(shorter));
    }

    public boolean isEmpty() {
        return indexedWords.isEmpty() && shortWords.isEmpty();
    }

    /** The FTS5 MATCH expression: each word a quoted phrase (quotes doubled), all required. */
    public String matchExpression() {
        List<String> phrases = new ArrayList<>();
        for (String w : indexedWords) {
            phrases.add('"' + w.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", phrases);
    }
}
