// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

/**
 * How much of two texts is the same, 0–1: twice the longest common subsequence of characters over the
 * total length (the ratio difflib calls {@code ratio()}). Whitespace is ignored and every number counts
 * as the same token, because a section copied from last year with new figures is still copied — the
 * 「内容雷同」 the format notice warns about.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static double ratio(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        return 2.0 * longestCommonSubsequence(x, y) / (x.length() + y.length());
    }

    /**
     * {@code text} without the sentences {@code draft} also has (figures aside): what the clerk wrote beyond
     * the app's own 「生成初稿」 sentences, which are the same every year by design.
     */
    public static String beyond(String text, String draft) {
        java.util.Set<String> drafted = new java.util.HashSet<>();
        for (String sentence : sentences(draft)) {
            drafted.add(normalise(sentence));
        }
        StringBuilder own = new StringBuilder();
        for (String sentence : sentences(text)) {
            if (!drafted.contains(normalise(sentence))) {
                own.append(sentence);
            }
        }
        return own.toString();
    }

    /** Sentences and clauses as the report writes them: ending in 。；！？ or a line break. */
    static java.util.List<String> sentences(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String s : text.split("(?<=[。；！？\\n])")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", "")
                .replaceAll("[0-9０-９][0-9０-９.,%％]*|[零〇一二两三四五六七八九十百千万]{2,}", "#");
    }

    private static int longestCommonSubsequence(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            char c = x.charAt(i - 1);
            for (int j = 1; j <= y.length(); j++) {
                current[j] = c == y.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
