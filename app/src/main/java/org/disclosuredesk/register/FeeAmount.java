// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.UserError;

/**
 * Money is stored in 分 (exact integers); table 二 prints 行政事业性收费 in 万元. One 万元 is 1,000,000 分,
 * so a 万元 amount is exact with six decimals.
 */
public final class FeeAmount {

    private static final BigDecimal FEN_PER_WAN_YUAN = BigDecimal.valueOf(1_000_000);

    private FeeAmount() {
    }

    /** 1234567 分 → 1.234567 万元; trailing zeros dropped (12.5, not 12.500000); 0 → 0. */
    public static BigDecimal wanYuan(long fen) {
        BigDecimal v = BigDecimal.valueOf(fen).divide(FEN_PER_WAN_YUAN, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** What the office typed in 万元 (e.g. "12.35"), in 分; more than six decimals would be less than a 分. */
    public static long fenFromWanYuan(String text) {
        String t = DateInput.toHalfWidth(text == null ? "" : text).replace(",", "").replace("万元", "").strip();
        if (t.isEmpty()) {
            return 0;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new UserError("收费金额“" + text.strip() + "”不是数字，请以万元为单位填写，例如 12.35。");
        }
        if (v.signum() < 0) {
            throw new UserError("收费金额不能为负数。");
        }
        BigDecimal fen = v.multiply(FEN_PER_WAN_YUAN);
        if (fen.stripTrailingZeros().scale() > 0) {
            throw new UserError("收费金额“" + text.strip() + "”比 1 分还精确：以万元为单位最多填写 6 位小数。");
        }
        try {
            return fen.longValueExact();
        } catch (ArithmeticException e) {
            throw new UserError("收费金额“" + text.strip() + "”过大，请检查单位（万元）。");
        }
    }
}
