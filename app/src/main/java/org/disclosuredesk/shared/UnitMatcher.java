// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches unit names as a plan writes them to the directory: exactly by name or alias (ignoring
 * traditional/simplified, width and spaces), else offers the closest names. A suggestion only: the
 * name as written is always kept, and nothing is rewritten without the user choosing it.
 */
public final class UnitMatcher {

    /** A directory unit offered for a name as written, with how close it is (0..1). */
    public record Suggestion(Unit unit, double score) {
    }

    private static final double MIN_SCORE = 0.34;

    private final List<Unit> units;
    private final Map<String, Unit> byKey = new HashMap<>();

    public UnitMatcher(List<Unit> units) {
        this(units, true);
    }

    private UnitMatcher(List<Unit> units, boolean activeOnly) {
        this.units = units.stream().filter(u -> u.active() || !activeOnly).toList();
        for (Unit u : this.units) {
            byKey.putIfAbsent(TextFolding.nameKey(u.name()), u);
            for (String alias : u.aliases()) {
                byKey.putIfAbsent(TextFolding.nameKey(alias), u);
            }
        }
    }

    /** Matches against every unit, stopped ones too: a name stays taken while a stopped unit holds it. */
    public static UnitMatcher includingStopped(List<Unit> units) {
        return new UnitMatcher(units, false);
    }

    /** The unit whose name or alias is this name, if any. */
    public Optional<Unit> match(String written) {
        return Optional.ofNullable(byKey.get(TextFolding.nameKey(written)));
    }

    /** Up to {@code limit} units closest to the name, best first (an exact match first of all). */
    public List<Suggestion> suggest(String written, int limit) {
        String key = TextFolding.nameKey(written);
        List<Suggestion> found = new ArrayList<>();
        for (Unit u : units) {
            double best = similarity(key, TextFolding.nameKey(u.name()));
            for (String alias : u.aliases()) {
                best = Math.max(best, similarity(key, TextFolding.nameKey(alias)));
            }
            if (best >= MIN_SCORE) {
                found.add(new Suggestion(u, best));
            }
        }
        found.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.unit().name()));
        return found.subList(0, Math.min(limit, found.size()));
    }

    public List<Unit> units() {
        return units;
    }

    /**
     * 1 for the same name; a name inside the other ("局办公室" / "办公室") scores high; otherwise the
     * share of common character pairs (Dice), which tolerates "党政办" against "党政办公室".
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.contains(shorter) && shorter.length() >= 2) {
            return 0.7 + 0.3 * shorter.length() / longer.length();
        }
        Set<String> pa = pairs(a);
        Set<String> pb = pairs(b);
        int common = 0;
        for (String p : pa) {
            if (pb.contains(p)) {
                common++;
            }
        }
        return 2.0 * common / (pa.size() + pb.size());
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
