// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosuredesk.law.RequestChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// [utest->req~intake.receipt-date~1]
class ReceiptDateTest {

    @ParameterizedTest(name = "{0}: submitted {1}, registered {2} → receipt {3}")
    @CsvSource({
        "IN_PERSON,       2025-03-05, 2025-03-07, 2025-03-05",
        "REGISTERED_MAIL, 2025-03-03, 2025-03-06, 2025-03-06",
        "ORDINARY_LETTER, 2025-03-03, 2025-03-06, 2025-03-06",
        "INTERNET,        2025-03-08, 2025-03-10, 2025-03-08",
        "FAX,             2025-03-05, 2025-03-05, 2025-03-05",
        "EMAIL,           2025-03-05, 2025-03-06, 2025-03-05",
        // a letter registered before its posting date is impossible: never earlier than submission
        "REGISTERED_MAIL, 2025-03-09, 2025-03-06, 2025-03-09",
    })
    void the_proposed_date_of_receipt_follows_the_channel(RequestChannel channel, String submitted, String today, String expected) {
        assertEquals(day(expected), ReceiptDate.proposed(channel, day(submitted), day(today)));
    }

    @Test
    void handed_in_means_received_the_same_day() {
        String message = ReceiptDate.problem(RequestChannel.IN_PERSON, day("2025-03-05"), day("2025-03-06")).orElseThrow();
        assertTrue(message.contains("第三十一条第（一）项"), message);
    }

    @Test
    void receipt_cannot_precede_submission() {
        assertTrue(ReceiptDate.problem(RequestChannel.REGISTERED_MAIL, day("2025-03-05"), day("2025-03-04")).isPresent());
        assertTrue(ReceiptDate.problem(RequestChannel.REGISTERED_MAIL, day("2025-03-05"), day("2025-03-07")).isEmpty());
    }

    @Test
    void each_channel_names_its_rule() {
        for (RequestChannel c : RequestChannel.values()) {
            assertTrue(ReceiptDate.rule(c).contains("第三十一条"), c.name());
        }
    }
}
