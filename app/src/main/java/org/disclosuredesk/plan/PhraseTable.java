// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases of 工作方案 kept as data: a resource with one rule per line, {@code shape <TAB> keys <TAB> pattern}.
 * The shape says how the finder reads a match; a rule only runs on text holding one of its {@code keys}
 * (most sentences hold no time limit and no target); the pattern is a Java regex on the folded text.
 * Used for time limits ({@code deadline-rules.tsv}) and targets ({@code target-rules.tsv}); each table has
 * an examples file whose every row is a test.
 *
 * @param <S> the shapes the table's finder knows
 */
final class PhraseTable<S extends Enum<S>> {

    /** One rule of the table. */
    record Rule<S>(S shape, String keys, Pattern pattern) {

        boolean mayMatch(String folded) {
            for (int i = 0; i < keys.length(); i++) {
                if (folded.indexOf(keys.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where a rule matched the folded text. */
    record Hit<S>(int start, int end, Rule<S> rule, MatchResult match) {
    }

    private final List<Rule<S>> rules;

    private PhraseTable(List<Rule<S>> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Rule<S>> rules() {
        return rules;
    }

    /** Reads {@code resource} (next to this class); a missing or broken table is a broken build, not user input. */
    static <S extends Enum<S>> PhraseTable<S> load(String resource, Class<S> shapes) {
        List<Rule<S>> rules = new ArrayList<>();
        try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rules.add(new Rule<>(Enum.valueOf(shapes, f[0].strip()), f[1].strip(), Pattern.compile(f[2].strip())));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(resource + " is missing from the application", e);
        }
        return new PhraseTable<>(rules);
    }

    /**
     * Every phrase in the folded text, in order: where two rules match overlapping text, the one that starts
     * first wins, and of two starting together the longer ({@code 每年年底前} over {@code 年底前}).
     */
    List<Hit<S>> find(String folded) {
        List<Hit<S>> hits = new ArrayList<>();
        for (Rule<S> rule : rules) {
            if (!rule.mayMatch(folded)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(folded);
            while (m.find()) {
                hits.add(new Hit<>(m.start(), m.end(), rule, m.toMatchResult()));
            }
        }
        hits.sort(Comparator.<Hit<S>>comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit<S>> out = new ArrayList<>();
        int taken = -1;
        for (Hit<S> h : hits) {
            if (h.start() < taken) {
                continue;
            }
            taken = h.end();
            out.add(h);
        }
        return out;
    }
}
