// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 转为主动公开 in the request's detail: find the entry, link it, see the refusal, unlink. */
// [utest->req~links.proactive~1]
class LinkedDocumentsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void a_found_entry_is_linked_listed_refused_twice_and_unlinked() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-04-07", "张三", "征地补偿标准");
            f.service.addEvent(r.id(), RequestEvent.decision(LocalDate.parse("2025-04-15"), ResultRow.DISCLOSED));
            f.context.register().create(DocumentDraft.builder().title("示例镇征地补偿标准").docNumber("示镇发〔2025〕5号")
                    .writtenOn(LocalDate.parse("2025-05-06")).publishedOn(LocalDate.parse("2025-05-08"))
                    .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).build());
            LinkedDocumentsViewModel model = new LinkedDocumentsViewModel(f.context.documentLinks(), new CurrentThreadTaskExecutor());
            model.load(r.id());
            assertTrue(model.openProperty().get());
            assertTrue(model.links().isEmpty());

            model.lookup("征地补偿");
            assertEquals(1, model.found().size());
            model.lookup("示镇发〔2025〕5号");
            assertEquals(1, model.found().size());
            model.link(model.found().get(0), "同类申请 4 件");

            assertEquals(1, model.links().size());
            assertEquals("同类申请 4 件", model.links().get(0).note());
            assertTrue(model.messageProperty().get().startsWith("已关联《示例镇征地补偿标准》"), model.messageProperty().get());

            model.link(model.found().get(0), null);
            assertTrue(model.messageProperty().get().contains("不必重复关联"), model.messageProperty().get());
            assertEquals(1, model.links().size());
            assertFalse(model.busyProperty().get());

            model.unlink(model.links().get(0));
            assertTrue(model.links().isEmpty());
            assertTrue(model.messageProperty().get().startsWith("已解除与"), model.messageProperty().get());
            assertEquals(0, f.count("request_document_link"));
        }
    }

    @Test
    void a_new_request_has_nothing_to_link() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            LinkedDocumentsViewModel model = new LinkedDocumentsViewModel(f.context.documentLinks(), new CurrentThreadTaskExecutor());
            model.load(null);
            assertFalse(model.openProperty().get());
            model.lookup("   ");
            assertTrue(model.found().isEmpty());
        }
    }
}
