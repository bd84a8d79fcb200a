// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.SourceRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link table on a real migrated file: both ends, the unique pair, the foreign keys, cascades. */
// [utest->req~links.proactive~1]
class DocumentLinkRepositoryTest {

    @TempDir
    Path dir;

    private RequestFixture f;
    private DocumentLinkRepository links;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2026-03-02");
        links = new DocumentLinkRepository(f.context.database().dsl());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long document(String title) {
        return f.context.register().create(DocumentDraft.builder().title(title).writtenOn(LocalDate.parse("2025-05-06")).build());
    }

    @Test
    void a_document_lists_its_requests_in_registration_order() {
        Request first = f.register("2025-04-07", "张三", "甲");
        Request second = f.register("2025-04-08", "李四", "甲");
        long doc = document("示例镇征地补偿标准");
        links.insert(second.id(), doc, LocalDate.parse("2025-05-10"), "同类", "2025-05-10T09:00:00");
        links.insert(first.id(), doc, LocalDate.parse("2025-05-11"), " ", "2025-05-11T09:00:00");

        List<SourceRequest> sources = links.forDocument(doc);

        assertEquals(List.of(first.number().text(), second.number().text()), sources.stream().map(SourceRequest::number).toList(),
                "by 登记号, whatever the order of linking");
        assertEquals(null, sources.get(0).note(), "a blank note is stored as none");
        assertTrue(links.exists(first.id(), doc));
        assertEquals("示例镇征地补偿标准", links.forRequest(first.id()).get(0).document().title());
    }

    @Test
    void the_pair_is_unique_and_both_ends_must_exist() {
        Request r = f.register("2025-04-07", "张三", "甲");
        long doc = document("示例镇征地补偿标准");
        links.insert(r.id(), doc, LocalDate.parse("2025-05-10"), null, "2025-05-10T09:00:00");

        assertThrows(RuntimeException.class, () -> links.insert(r.id(), doc, LocalDate.parse("2025-05-11"), null, "x"));
        assertThrows(RuntimeException.class, () -> links.insert(r.id(), 4242, LocalDate.parse("2025-05-11"), null, "x"));
        assertThrows(RuntimeException.class, () -> links.insert(4242, doc, LocalDate.parse("2025-05-11"), null, "x"));
        assertEquals(1, f.count("request_document_link"));
    }

    @Test
    void deleting_returns_whether_there_was_a_link() {
        Request r = f.register("2025-04-07", "张三", "甲");
        long doc = document("示例镇征地补偿标准");
        links.insert(r.id(), doc, LocalDate.parse("2025-05-10"), null, "2025-05-10T09:00:00");

        assertTrue(links.delete(r.id(), doc));
        assertFalse(links.delete(r.id(), doc));
        assertFalse(links.exists(r.id(), doc));
    }
}
