// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;

/** Small builders for register tests: {@code aDocument("关于…的通知").writtenOn("2025-03-05").build()}. */
final class Documents {

    /** Tuesday 2025-06-10, 10:00 in Beijing. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Documents() {
    }

    static DocumentDraft.Builder aDocument(String title) {
        return DocumentDraft.builder().title(title).issuingOrgan("示例县人民政府办公室")
                .writtenOn(LocalDate.parse("2025-03-03")).publishedOn(LocalDate.parse("2025-03-10"))
                .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).docType(DocType.OTHER);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
