// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.FeeCalculator;

/**
 * The tiers a fee notice applied, in words (国办函〔2020〕109号 wants the basis and the standard stated).
 * The bands are read off {@link FeeCalculator} itself, so the tiers live in one place.
 */
final class FeeTierText {

    private FeeTierText() {
    }

    static String of(FeeBasis basis, int quantity) {
        return basis == FeeBasis.BY_ITEM ? byItem(quantity) : byVolume(quantity);
    }

    /** 同一申请人本自然月第 n 件申请, and the band of ordinals sharing its fee. */
    private static String byItem(int n) {
        if (n < 1) {
            return "";
        }
        long fee = FeeCalculator.byItem(n);
        int from = n;
        while (from > 1 && FeeCalculator.byItem(from - 1) == fee) {
            from--;
        }
        int to = n;
        while (FeeCalculator.byItem(to + 1) == fee && to < n + 1000) {
            to++;
        }
        String band = "第" + from + "—" + to + "件";
        return "同一申请人一个自然月内的第" + n + "件申请，适用" + band
                + (fee == 0 ? "免费" : "每件" + yuan(fee)) + "的标准";
    }

    /** Each band of pages with its price per page and subtotal. */
    private static String byVolume(int pages) {
        List<String> parts = new ArrayList<>();
        int start = 1;
        while (start <= pages) {
            long price = FeeCalculator.byVolume(start) - FeeCalculator.byVolume(start - 1);
            int end = start;
            while (end < pages && FeeCalculator.byVolume(end + 1) - FeeCalculator.byVolume(end) == price) {
                end++;
            }
            int count = end - start + 1;
            parts.add(price == 0 ? "第" + start + "—" + end + "页免费"
                    : "第" + start + "—" + end + "页共" + count + "页，每页" + yuan(price) + "，计" + yuan(price * count));
            start = end + 1;
        }
        return parts.isEmpty() ? "" : String.join("；", parts);
    }

    /** 1000 分 → 10元; 1050 分 → 10.50元. */
    static String yuan(long fen) {
        return fen % 100 == 0 ? fen / 100 + "元" : String.format("%d.%02d元", fen / 100, fen % 100);
    }
}
