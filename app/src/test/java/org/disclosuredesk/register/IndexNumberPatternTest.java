// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// [utest->req~register.index-number~1]
class IndexNumberPatternTest {

    private final IndexNumberPattern pattern = IndexNumberPattern.of("11520000MB1234567X/{year}-{seq:5}");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "11520000MB1234567X/2025-00012, true",
        "11520000MB1234567X/2025-0012, false",
        "11520000MB1234567X-2025-00012, false",
        "11520000MB7654321X/2025-00012, false",
        "11520000MB1234567X/25-00012, false",
    })
    void checks_the_office_format(String index, boolean ok) {
        assertEquals(ok, pattern.matches(index));
    }

    @Test
    void typed_index_numbers_are_folded() {
        assertEquals("11520000MB1234567X/2025-00012", IndexNumberPattern.normalise(" １１520000mb1234567x／2025-00012 "));
    }

    @Test
    void formats_reads_and_proposes_serials() {
        assertEquals("11520000MB1234567X/2025-00012", pattern.example(2025));
        assertEquals("11520000MB1234567X/2026-00001", pattern.format(2026, 1));
        assertEquals("11520000MB1234567X/2026-", pattern.prefixFor(2026));
        assertEquals(Optional.of(12), pattern.serialOf("11520000MB1234567X/2025-00012"));
        assertTrue(pattern.canPropose());
    }

    @Test
    void a_blank_pattern_accepts_anything() {
        IndexNumberPattern free = IndexNumberPattern.of(" ");
        assertTrue(free.isFree());
        assertTrue(free.matches("whatever-1"));
        assertFalse(free.canPropose());
    }

    @Test
    void an_unpadded_serial_counts_by_value() {
        IndexNumberPattern p = IndexNumberPattern.of("XZ-{year}-{seq}");
        assertTrue(p.matches("XZ-2025-7"));
        assertEquals("XZ-2025-10", p.format(2025, 10));
        assertEquals(Optional.of(123), p.serialOf("XZ-2025-123"));
    }
}
