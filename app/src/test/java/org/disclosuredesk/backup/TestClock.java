// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand: "it is now the 31st at 17:30". */
public final class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private Instant now;

    public TestClock(String localDateTime) {
        set(localDateTime);
    }

    public void set(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
