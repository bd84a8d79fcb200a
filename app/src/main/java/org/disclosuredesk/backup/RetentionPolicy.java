// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest backup of each of the last {@code daily} days that have
 * a backup, of the last {@code weekly} ISO weeks (Monday to Sunday) and of the last {@code monthly}
 * months. Periods are counted among those that have a backup, not back from today, so an office that
 * does not open the app for a quarter still finds its last week of backups when it comes back.
 */
public record RetentionPolicy(int daily, int weekly, int monthly) {

    /** Last 7 daily, 4 weekly, 12 monthly: about a year of history in 23 files at most. */
    public static final RetentionPolicy STANDARD = new RetentionPolicy(7, 4, 12);

    public RetentionPolicy {
        if (daily < 1 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup");
        }
    }

    /** The times to keep; every other time may be deleted. */
    public Set<LocalDateTime> keep(Collection<LocalDateTime> times) {
        return keep(times, Function.identity());
    }

    /** The items to keep among {@code items}, each dated by {@code takenAt}. */
    public <T> Set<T> keep(Collection<T> items, Function<T, LocalDateTime> takenAt) {
        List<T> newestFirst = new ArrayList<>(items);
        newestFirst.sort(Comparator.comparing(takenAt).reversed());
        Set<T> kept = new HashSet<>();
        kept.addAll(newestPerPeriod(newestFirst, takenAt, t -> t.toLocalDate().toString(), daily));
        kept.addAll(newestPerPeriod(newestFirst, takenAt,
                t -> t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekly));
        kept.addAll(newestPerPeriod(newestFirst, takenAt, t -> t.getYear() + "-" + t.getMonthValue(), monthly));
        return kept;
    }

    private static <T> List<T> newestPerPeriod(List<T> newestFirst, Function<T, LocalDateTime> takenAt,
            Function<LocalDateTime, String> period, int howMany) {
        List<T> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (T item : newestFirst) {
            if (seen.size() == howMany) {
                break;
            }
            if (seen.add(period.apply(takenAt.apply(item)))) {
                kept.add(item);
            }
        }
        return kept;
    }
}
