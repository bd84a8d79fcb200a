// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.requests.RequestItem;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestItemsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void lines_become_items_each_result_is_saved_and_merge_undoes_the_split() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-05", "张三", "立项批复和招标文件");
            RequestItemsViewModel model = new RequestItemsViewModel(f.context.requestItems(), new CurrentThreadTaskExecutor());
            model.load(r.id());
            assertFalse(model.splitProperty().get());
            model.split("立项批复\r\n\n招标文件\n");
            assertTrue(model.splitProperty().get());
            assertEquals("立项批复\n招标文件", model.linesForDialog());
            model.setResult(2, ResultRow.UNAVAILABLE_NOT_HELD);
            assertEquals(ResultRow.UNAVAILABLE_NOT_HELD, model.items().get(1).result());
            assertEquals("已保存该项的办理结果", model.messageProperty().get());
            model.merge();
            assertEquals(List.of(), model.items());
            assertEquals(0, f.count("request_item"));
        }
    }

    @Test
    void a_refused_split_shows_the_reason_and_keeps_the_items() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-05", "张三", "立项批复和招标文件");
            RequestItemsViewModel model = new RequestItemsViewModel(f.context.requestItems(), new CurrentThreadTaskExecutor());
            model.load(r.id());
            model.split("立项批复\n招标文件");
            model.split("只有一项");
            assertTrue(model.messageProperty().get().contains("至少需要两项"), model.messageProperty().get());
            assertEquals(List.of("立项批复", "招标文件"), model.items().stream().map(RequestItem::content).collect(Collectors.toList()));
            assertNull(model.items().get(0).result());
            assertFalse(RequestItemsViewModel.choosableResults().contains(ResultRow.OTHER_FEE_UNPAID));
        }
    }
}
