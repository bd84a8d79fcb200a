// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.requests.RequestStatus;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestListViewModelTest {

    @TempDir
    Path dir;

    private RequestFixture f;
    private RequestListViewModel model;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2025-06-30");
        model = new RequestListViewModel(f.service, f.transfer, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void loads_the_year_sorted_by_due_date_with_counts_and_masked_ids() {
        f.service.register(org.disclosuredesk.requests.RequestBuilderAccess.natural("2025-06-20", "李四", "学校规划", IdType.RESIDENT_ID, "11010519491231002X"));
        Request overdue = f.register("2025-05-05", "王五", "拆迁补偿标准");
        Request done = f.register("2025-03-05", "赵六", "道路批复");
        f.service.addEvent(done.id(), RequestEvent.decision(LocalDate.parse("2025-03-10"), ResultRow.DISCLOSED));
        f.register("2024-03-05", "钱七", "去年的申请");

        model.load();

        assertEquals(List.of("钱七", "王五", "李四", "赵六"), model.rows().stream().map(RequestRow::applicant).collect(Collectors.toList()));
        assertTrue(model.rows().get(0).carriedIn(), "open since 2024: carried over into 2025");
        assertEquals(overdue.id(), model.rows().get(1).id());
        assertFalse(model.rows().get(1).carriedIn());
        assertEquals(RequestStatus.OVERDUE, model.rows().get(1).status());
        assertEquals("110105********002X", model.rows().get(2).maskedId());
        assertEquals(2, model.counts().get(RequestStatus.OVERDUE));
        assertEquals(1, model.counts().get(RequestStatus.CLOSED));
        assertEquals(List.of(2025, 2024, RequestListViewModel.ALL_YEARS), model.years());
        assertEquals(4, model.total());
        assertEquals(1, model.carriedIn());
        assertEquals("共 4 件，其中上年结转 1 件", model.summaryProperty().get());
    }

    @Test
    void a_split_application_whose_items_differ_shows_their_results_not_the_applications_alone() {
        Request split = f.register("2025-03-05", "赵六", "道路批复和资金明细");
        Request same = f.register("2025-03-06", "孙八", "两份规划");
        for (Request r : List.of(split, same)) {
            f.service.addEvent(r.id(), RequestEvent.decision(LocalDate.parse("2025-03-10"), ResultRow.DISCLOSED));
        }
        f.context.requestItems().split(split.id(), List.of("道路批复", "资金明细", "招标文件"));
        f.context.requestItems().setResult(split.id(), 2, ResultRow.UNAVAILABLE_NOT_HELD);
        f.context.requestItems().split(same.id(), List.of("总体规划", "详细规划"));
        model.setMixedResults(f.context.requestItems()::mixedResults);

        model.load();

        java.util.Map<String, String> results = model.rows().stream().collect(Collectors.toMap(RequestRow::applicant, RequestRow::result));
        assertEquals("分项：（一）2项（四）1项", results.get("赵六"));
        assertEquals(ResultRow.DISCLOSED.fullLabel(), results.get("孙八"), "items sharing the application's result read as before");
    }

    @Test
    void filters_apply_at_once_and_clear_together() {
        f.register("2025-06-20", "李四", "学校规划");
        f.service.register(org.disclosuredesk.requests.RequestBuilderAccess.organisation("2025-06-10", "某科技有限公司", "招标文件"));
        model.load();

        model.queryProperty().set("学校");
        assertEquals(List.of("李四"), names());
        model.queryProperty().set("");
        model.applicantKindProperty().set(ApplicantKind.COMMERCIAL_ENTERPRISE);
        assertEquals(List.of("某科技有限公司"), names());
        model.statusProperty().set(RequestStatus.CLOSED);
        assertEquals(List.of(), names());
        assertEquals(2, model.total(), "the counts stay those of the whole year");
        assertEquals("共 2 件；筛选后显示 0 件", model.summaryProperty().get());
        model.clearFilters();
        assertEquals(2, names().size());
        assertEquals("共 2 件", model.summaryProperty().get());
    }

    @Test
    void choosing_another_year_reloads() {
        Request old = f.register("2024-03-05", "钱七", "去年的申请");
        f.service.addEvent(old.id(), RequestEvent.decision(LocalDate.parse("2024-03-20"), ResultRow.DISCLOSED));
        model.load();
        assertEquals(0, model.rows().size(), "decided in 2024: not carried over");
        model.yearProperty().set(2024);
        assertEquals(List.of("钱七"), names());
        assertFalse(model.rows().get(0).carriedIn());
        model.yearProperty().set(RequestListViewModel.ALL_YEARS);
        assertEquals(1, model.rows().size());
    }

    @Test
    void export_needs_a_year_and_writes_the_file() {
        f.register("2025-03-05", "赵六", "道路批复");
        model.load();
        Path out = dir.resolve("2025.xlsx");
        model.export(out);
        assertTrue(out.toFile().length() > 0);
        assertTrue(model.messageProperty().get().startsWith("已导出"), model.messageProperty().get());
        model.yearProperty().set(RequestListViewModel.ALL_YEARS);
        model.export(dir.resolve("all.xlsx"));
        assertEquals("请先选择要导出的年度。", model.messageProperty().get());
        assertEquals("2025年依申请公开台账.xlsx", model.exportFileName());
    }

    @Test
    void the_year_export_holds_what_the_list_shows_including_carried_over_requests_and_is_not_an_error() throws Exception {
        f.register("2024-12-20", "钱七", "去年年底的申请");
        model.load();
        assertEquals(List.of("钱七"), names(), "only a 上年结转 request in the new year");
        Path out = dir.resolve("2025-carried.xlsx");
        model.export(out);
        assertFalse(model.failedProperty().get(), model.messageProperty().get());
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            var sheet = book.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertTrue(all.toString().contains("钱七"), all.toString());
            assertTrue(sheet.getLastRowNum() >= 1, "more than the header row");
        }
        model.yearProperty().set(RequestListViewModel.ALL_YEARS);
        model.export(dir.resolve("all.xlsx"));
        assertTrue(model.failedProperty().get());
    }

    private List<String> names() {
        return model.rows().stream().map(RequestRow::applicant).collect(Collectors.toList());
    }
}
