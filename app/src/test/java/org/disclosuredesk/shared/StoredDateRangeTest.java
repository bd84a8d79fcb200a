// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.RequestIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 12: a date outside 2000–2100 is a field error naming the field, never 「意外错误」. */
class StoredDateRangeTest {

    @TempDir
    Path dir;

    @Test
    void the_range_is_the_schema_s() {
        assertTrue(StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(2000, 1, 1)).isEmpty());
        assertTrue(StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(2100, 12, 31)).isEmpty());
        assertEquals("writtenOn", StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(1999, 12, 31)).orElseThrow().field());
        assertTrue(StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(2101, 1, 1)).isPresent());
    }

    @Test
    void a_request_received_in_1900_and_a_document_written_in_1900_are_field_errors() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("t.db")), Clock.systemDefaultZone())) {
            LocalDate old = LocalDate.of(1900, 1, 1);
            RequestIntake intake = new RequestIntake(new Applicant(ApplicantKind.values()[0], "张三", null, null, "13800000000", "地址", null),
                    RequestChannel.values()[0], old, old, "某文件", null, null);
            ValidationError e = assertThrows(ValidationError.class, () -> ctx.requests().register(intake));
            assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("receivedOn") && p.message().contains("2000 年至 2100 年")),
                    e.problems().toString());

            DocumentDraft d = DocumentDraft.builder().title("旧文件").issuingOrgan("示例县人民政府").writtenOn(old).publishedOn(null)
                    .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).docType(DocType.OTHER).build();
            ValidationError w = assertThrows(ValidationError.class, () -> ctx.register().create(d));
            assertTrue(w.problems().stream().anyMatch(p -> p.field().equals("writtenOn")), w.problems().toString());
            assertEquals(0, ctx.database().tableCounts().get("request") + ctx.database().tableCounts().get("document"));
        }
    }
}
