// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

/**
 * 信息处理费 under 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), in 分. Progressive tiers:
 * <ul>
 * <li>按件: the same applicant's applications in one calendar month — 1–10 free; 11–30 at 100 元
 * each; from 31 on, each band of 10 costs 100 元 more per item (31–40 at 200, 41–50 at 300, …).</li>
 * <li>按量: up to 30 pages free; pages 31–100 at 10 元; 101–200 at 20 元; from 201 at 40 元.</li>
 * </ul>
 */
// [impl->req~fee.by-item~1] [impl->req~fee.by-volume~1]
public final class FeeCalculator {

    private static final long YUAN = 100;

    private FeeCalculator() {
    }

    /** The fee for one application that is the applicant's {@code ordinalInMonth}-th in the calendar month. */
    public static long byItem(int ordinalInMonth) {
        if (ordinalInMonth < 1) {
            throw new IllegalArgumentException("ordinal must be at least 1: " + ordinalInMonth);
        }
        if (ordinalInMonth <= 10) {
            return 0;
        }
        if (ordinalInMonth <= 30) {
            return 100 * YUAN;
        }
        return (200 + 100L * ((ordinalInMonth - 31) / 10)) * YUAN;
    }

    /**
     * The fee for an application split into items that take places {@code first}…{@code last} of the
     * applicant's month (109号 第四条: each item is one 件); {@code first == last} for one not split.
     */
    // [impl->req~items.counting~1]
    public static long byItems(int first, int last) {
        long fee = 0;
        for (int place = first; place <= last; place++) {
            fee += byItem(place);
        }
        return fee;
    }

    /** The fee for {@code pages} pages (or the equivalent volume of copied data). */
    public static long byVolume(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
        long fee = 0;
        fee += Math.max(0, Math.min(pages, 100) - 30) * 10 * YUAN;
        fee += Math.max(0, Math.min(pages, 200) - 100) * 20 * YUAN;
        fee += Math.max(0, pages - 200) * 40 * YUAN;
        return fee;
    }

    public static long of(FeeBasis basis, int quantity) {
        return basis == FeeBasis.BY_ITEM ? byItem(quantity) : byVolume(quantity);
    }

    /** 1234500 分 → 12345.00 元 */
    public static String yuan(long fen) {
        return String.format("%d.%02d 元", fen / 100, fen % 100);
    }
}
