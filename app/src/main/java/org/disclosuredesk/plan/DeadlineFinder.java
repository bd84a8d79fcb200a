// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.TextFolding;

/**
 * Finds time limits in a task's text and says what they mean. Phrases are kept as written; a phrase
 * without a year ({@code 9月底前}, {@code 年内}) is read in the plan's year.
 * <ul>
 * <li>{@code 2020年9月底前}, {@code 9月底前}, {@code 12月31日前}, {@code 2020年底前}, {@code 年内}, {@code 上半年},
 * {@code 三季度末}: a date (the last day the phrase allows);</li>
 * <li>{@code 5个工作日内}, {@code 24小时内}: relative, kept as a rule (counted from an event the plan names);</li>
 * <li>{@code 每周}, {@code 每季度}, {@code 每年年底前}: recurring;</li>
 * <li>{@code 长期坚持}, {@code 持续推进}: ongoing.</li>
 * </ul>
 */
final class DeadlineFinder {

    enum Shape { RECURRING, FULL_DATE, MONTH_RANGE, MONTH, WHOLE_MONTH, YEAR_END, HALF, QUARTER, THIS_YEAR, RELATIVE, ONGOING }

    /** The phrases as data: {@code deadline-rules.tsv}, each rule with its examples in {@code deadline-examples.tsv}. */
    static final PhraseTable<Shape> RULES = PhraseTable.load("deadline-rules.tsv", Shape.class);
    /**
     * Read only in a 完成时限 cell or label, where nothing else matched: there a bare 「2021年2月」 is the
     * limit (the end of that month), while in running text it is as often a date something happened.
     * Examples in {@code deadline-cell-examples.tsv}.
     */
    static final PhraseTable<Shape> CELL_RULES = PhraseTable.load("deadline-cell-rules.tsv", Shape.class);

    private DeadlineFinder() {
    }

    /** Every time limit in the text, in order; {@code year} (may be null) dates phrases that name none. */
    static List<Deadline> find(String text, Integer year) {
        return find(RULES, text, year);
    }

    private static List<Deadline> find(PhraseTable<Shape> table, String text, Integer year) {
        List<Deadline> out = new ArrayList<>();
        for (PhraseTable.Hit<Shape> h : table.find(TextFolding.fold(text))) {
            out.add(resolve(text.substring(h.start(), h.end()), h, year));
        }
        return out;
    }

    /** A table's 完成时限 cell: its phrases, or the whole cell kept as written when it says something else. */
    static List<Deadline> fromCell(String cell, Integer year) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        List<Deadline> found = find(t, year);
        if (found.isEmpty()) {
            found = find(CELL_RULES, t, year);
        }
        if (!found.isEmpty()) {
            return found;
        }
        String f = TextFolding.fold(t);
        if (isOngoingWord(f)) {
            return List.of(new Deadline(t, DeadlineKind.ONGOING, null, null));
        }
        if (f.equals("全年") && year != null) {
            return List.of(new Deadline(t, DeadlineKind.DATE, LocalDate.of(year, 12, 31), null));
        }
        // 「与预算公开同步」「按规定时限」: no date to compute, but a limit the office set — kept, read as ongoing.
        return List.of(new Deadline(t, DeadlineKind.ONGOING, null, null));
    }

    /** A limit read as ongoing only because it names no date (「与预算公开同步」): the clerk should check it. */
    static boolean isGuess(Deadline d) {
        return d.kind() == DeadlineKind.ONGOING && find(d.phrase(), null).isEmpty()
                && !isOngoingWord(TextFolding.fold(d.phrase().strip()));
    }

    /** A cell that says only "no end": 长期, 持续, 常态化…. */
    static boolean isOngoingWord(String folded) {
        return folded.equals("长期") || folded.equals("持续") || folded.startsWith("常态化") || folded.equals("长期坚持");
    }

    private static Deadline resolve(String phrase, PhraseTable.Hit<Shape> h, Integer planYear) {
        MatchResult m = h.match();
        switch (h.rule().shape()) {
            case RECURRING:
                return recurring(phrase, TextFolding.fold(phrase), planYear);
            case FULL_DATE: {
                Integer y = year(m.group(1), planYear);
                return date(phrase, y == null ? null : safeDate(y, num(m.group(2)), num(m.group(3))));
            }
            case MONTH_RANGE:
            case WHOLE_MONTH: {
                // 6—9月: the range ends with the later month; 「2021年8月」 in a 完成时限 cell: that month.
                Integer y = year(m.group(1), planYear);
                return date(phrase, y == null ? null : monthLimit(y, num(m.group(2)), "底"));
            }
            case MONTH: {
                Integer y = year(m.group(1), planYear);
                return date(phrase, y == null ? null : monthLimit(y, num(m.group(2)), m.group(3)));
            }
            case YEAR_END:
                return date(phrase, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
            case HALF: {
                Integer y = year(m.group(1), planYear);
                return date(phrase, y == null ? null : LocalDate.of(y, m.group(2).startsWith("上") ? 6 : 12, 30 + (m.group(2).startsWith("上") ? 0 : 1)));
            }
            case QUARTER: {
                Integer y = year(m.group(1), planYear);
                int q = "一二三四".indexOf(m.group(2).charAt(0)) + 1;
                if (q == 0) {
                    q = Integer.parseInt(m.group(2));
                }
                return date(phrase, y == null ? null : YearMonth.of(y, q * 3).atEndOfMonth());
            }
            case THIS_YEAR:
                return date(phrase, planYear == null ? null : LocalDate.of(planYear, 12, 31));
            case RELATIVE:
                return new Deadline(phrase, DeadlineKind.RELATIVE, null, null);
            case ONGOING:
            default:
                return new Deadline(phrase, DeadlineKind.ONGOING, null, null);
        }
    }

    private static Deadline recurring(String phrase, String f, Integer planYear) {
        // 每月 / 按月, 每个季度 / 每季 / 按季度: the word after 每 or 按 names the period.
        String period = f.substring(1).replaceFirst("^个", "");
        Recurrence r;
        if (period.startsWith("周") || period.startsWith("星期")) {
            r = Recurrence.WEEKLY;
        } else if (period.startsWith("月")) {
            r = Recurrence.MONTHLY;
        } else if (period.startsWith("季")) {
            r = Recurrence.QUARTERLY;
        } else if (period.startsWith("半年")) {
            r = Recurrence.HALF_YEARLY;
        } else {
            r = Recurrence.YEARLY;
        }
        LocalDate first = null;
        if (r == Recurrence.YEARLY && planYear != null) {
            // 每年年底前 / 每年6月底前: this year's occurrence is the one the plan tracks.
            Matcher month = Pattern.compile("(\\d{1,2})月(?:(\\d{1,2})日)?").matcher(f);
            if (f.contains("年底") || f.contains("年末")) {
                first = LocalDate.of(planYear, 12, 31);
            } else if (month.find()) {
                first = month.group(2) != null ? safeDate(planYear, num(month.group(1)), num(month.group(2)))
                        : monthLimit(planYear, num(month.group(1)), "底");
            }
        }
        return new Deadline(phrase, DeadlineKind.RECURRING, first, r);
    }

    private static Deadline date(String phrase, LocalDate date) {
        return new Deadline(phrase, DeadlineKind.DATE, date, null);
    }

    /**
     * The last day a month phrase allows: 9月底前/9月底/9月末 → 30 September, 9月中旬前 → 20 September,
     * 9月上旬前 → 10 September, and 9月前 ("before September") → 31 August.
     */
    private static LocalDate monthLimit(int year, int month, String part) {
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        if (part == null) {
            return ym.atDay(1).minusDays(1);
        }
        return switch (part) {
            case "上旬" -> ym.atDay(10);
            case "中旬" -> ym.atDay(20);
            default -> ym.atEndOfMonth();
        };
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Integer year(String written, Integer planYear) {
        return written != null ? Integer.valueOf(written) : planYear;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
