// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 行政事业性收费 is kept in 分 and shown in 万元 (table 二, 第二十条第（八）项). */
class FeeAmountTest {

    @ParameterizedTest(name = "{0} 分 = {1} 万元")
    @CsvSource({"0, 0", "1, 0.000001", "1000000, 1", "12350000, 12.35", "3000000000, 3000"})
    void fen_in_wan_yuan(long fen, String wanYuan) {
        assertEquals(new BigDecimal(wanYuan), FeeAmount.wanYuan(fen));
    }

    @ParameterizedTest(name = "{0} 万元 = {1} 分")
    @CsvSource({"12.35, 12350000", "'1,234.5', 1234500000", "０.５, 500000", "'', 0", "0.000001, 1", "3000万元, 3000000000"})
    void typed_wan_yuan_in_fen(String typed, long fen) {
        assertEquals(fen, FeeAmount.fenFromWanYuan(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0000001", "-1", "十二万", "1e400"})
    void refuses_amounts_that_are_not_whole_fen(String typed) {
        assertThrows(UserError.class, () -> FeeAmount.fenFromWanYuan(typed));
    }

    @Test
    void round_trips() {
        assertEquals(98765432L, FeeAmount.fenFromWanYuan(FeeAmount.wanYuan(98765432L).toPlainString()));
    }
}
