// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosuredesk.shared.TextFolding;

/** Reads a phrase table's examples file and says which rules no example exercises. */
final class PhraseExamples {

    private PhraseExamples() {
    }

    /** The rows of a tab-separated resource next to the plan classes, without comments and blank lines. */
    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        }
    }

    /**
     * The rules that find none of the examples' phrases ({@code text → phrase}) — a rule only counts where
     * it wins over the others, so a rule shadowed by another one shows up here too.
     */
    static <S extends Enum<S>> List<PhraseTable.Rule<S>> unexercised(PhraseTable<S> table, Map<String, String> examples) {
        Set<PhraseTable.Rule<S>> used = new HashSet<>();
        examples.forEach((text, phrase) -> {
            String folded = TextFolding.fold(text);
            for (PhraseTable.Hit<S> h : table.find(folded)) {
                if (folded.substring(h.start(), h.end()).equals(TextFolding.fold(phrase))) {
                    used.add(h.rule());
                }
            }
        });
        List<PhraseTable.Rule<S>> out = new ArrayList<>(table.rules());
        out.removeAll(used);
        return out;
    }
}
