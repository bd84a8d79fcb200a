// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;

/**
 * The fifteen number cells of table 四, one data row: for each of 行政复议, 未经复议直接起诉, 复议后起诉
 * the four results and 总计. Keys read {@code ADMINISTRATIVE_REVIEW.PENDING}, {@code LAWSUIT_DIRECT.TOTAL}.
 */
public final class ReviewColumns {

    public static final String ROW = "cases";
    public static final String TOTAL = "TOTAL";
    private static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        for (ReviewKind kind : ReviewKind.values()) {
            for (ReviewResult result : ReviewResult.values()) {
                keys.add(key(kind, result));
            }
            keys.add(totalKey(kind));
        }
        KEYS = List.copyOf(keys);
    }

    private ReviewColumns() {
    }

    public static List<String> keys() {
        return KEYS;
    }

    public static String key(ReviewKind kind, ReviewResult result) {
        return kind.name() + "." + result.name();
    }

    public static String totalKey(ReviewKind kind) {
        return kind.name() + "." + TOTAL;
    }

    public static ReviewKind kindOf(String key) {
        return ReviewKind.valueOf(key.substring(0, key.indexOf('.')));
    }

    /** The result of a column, or null for a 总计 column. */
    public static ReviewResult resultOf(String key) {
        String r = key.substring(key.indexOf('.') + 1);
        return TOTAL.equals(r) ? null : ReviewResult.valueOf(r);
    }

    public static String resultLabel(String key) {
        ReviewResult r = resultOf(key);
        return r == null ? ReviewResult.TOTAL_LABEL : r.label();
    }

    public static CellRef cell(ReviewKind kind, ReviewResult result) {
        return CellRef.reviews(ROW, key(kind, result));
    }

    public static CellRef total(ReviewKind kind) {
        return CellRef.reviews(ROW, totalKey(kind));
    }
}
