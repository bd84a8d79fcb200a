// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportTable;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestBuilderAccess;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.requests.RequestItemService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table 三 counts the items of a split application (req~items.counting~1), worked out by hand. The ledger:
 * <ul>
 * <li>D 2024 第1号, 自然人, received 2024-12-23, split into 2 items, decided 2025-01-08 as （一） (items without
 * their own result): carried out of 2024 as 2, into 2025 as 2, both under （一）.</li>
 * <li>A 2025 第1号, 自然人, received 2025-03-03, split into 3 items — （一）, （四）1, （三）4 — decided 2025-03-20 as
 * （二） (the application's own result, not counted: every item has its own).</li>
 * <li>B 2025 第2号, 商业企业, not split, decided 2025-04-01 as （一）.</li>
 * <li>C 2025 第3号, 自然人, received 2025-12-22, split into 2 items, open on 31 December.</li>
 * </ul>
 */
// [utest->req~items.counting~1]
class RequestItemsReportTest {

    @TempDir
    Path dir;
    private RequestFixture f;
    private RequestItemService items;

    @BeforeEach
    void setUp() {
        f = new RequestFixture(dir, "2026-01-10");
        items = f.context.requestItems();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. Rows not listed are 0. */
    private static final Object[][] TABLE_THREE_2025 = {
        {"new",         5, 1, 0, 0, 0, 0, 6},
        {"carried_in",  2, 0, 0, 0, 0, 0, 2},
        {"1",           3, 1, 0, 0, 0, 0, 4},
        {"2",           0, 0, 0, 0, 0, 0, 0},
        {"3.4",         1, 0, 0, 0, 0, 0, 1},
        {"4.1",         1, 0, 0, 0, 0, 0, 1},
        {"total",       5, 1, 0, 0, 0, 0, 6},
        {"carried_out", 2, 0, 0, 0, 0, 0, 2},
    };

    private Request a;

    private void ledger() {
        Request d = f.register("2024-12-23", "赵六", "两份文件");
        items.split(d.id(), List.of("2024年预算公开表", "2024年决算公开表"));
        f.service.addEvent(d.id(), RequestEvent.decision(LocalDate.parse("2025-01-08"), ResultRow.DISCLOSED));
        a = f.register("2025-03-03", "张三", "立项批复、会议纪要和补偿协议");
        items.split(a.id(), List.of("立项批复", "会议纪要", "补偿协议"));
        items.setResult(a.id(), 1, ResultRow.DISCLOSED);
        items.setResult(a.id(), 2, ResultRow.UNAVAILABLE_NOT_HELD);
        items.setResult(a.id(), 3, ResultRow.WITHHELD_THIRD_PARTY);
        f.service.addEvent(a.id(), RequestEvent.decision(LocalDate.parse("2025-03-20"), ResultRow.PARTLY_DISCLOSED));
        Request b = f.service.register(RequestBuilderAccess.organisation("2025-03-10", "某公司", "营业执照登记信息"));
        f.service.addEvent(b.id(), RequestEvent.decision(LocalDate.parse("2025-04-01"), ResultRow.DISCLOSED));
        Request c = f.register("2025-12-22", "李四", "两份文件");
        items.split(c.id(), List.of("甲通知", "乙通知"));
    }

    @Test
    void one_application_split_into_three_items_counts_three_times_in_table_three() {
        ledger();
        ReportTables t = f.context.report().build(2025).tables();
        ReportTablesFromLedgerTest.assertTableThree(TABLE_THREE_2025, t);
        assertEquals(2, f.context.report().build(2024).tables().requestsTotal("carried_out"));
    }

    @Test
    void the_arithmetic_checks_hold_and_each_cell_lists_its_items() {
        ledger();
        Report report = f.context.report().build(2025);
        List<String> tableRules = report.findings().stream()
                .filter(x -> x.cells().stream().anyMatch(c -> c.table() == ReportTable.REQUESTS))
                .map(x -> x.rule() + ": " + x.message()).collect(Collectors.toList());
        assertEquals(List.of(), tableRules);
        EvidenceList disclosed = f.context.report().evidence(2025,
                CellRef.requests("1", ApplicantColumns.key(ApplicantKind.NATURAL_PERSON)), 100);
        assertEquals(3, disclosed.total());
        assertEquals(List.of("依申请〔2024〕第1号-1", "依申请〔2024〕第1号-2", "依申请〔2025〕第1号-1"),
                disclosed.items().stream().map(Evidence::reference).collect(Collectors.toList()));
        assertEquals(6, f.context.report().evidence(2025, CellRef.requests("new", ApplicantColumns.TOTAL), 100).total());
    }

    @Test
    void merging_back_counts_the_application_once_under_its_own_result() {
        ledger();
        items.merge(a.id());
        ReportTables t = f.context.report().build(2025).tables();
        assertEquals(4, t.requestsTotal("new"));
        assertEquals(1, t.requestsTotal("2"));
        assertEquals(0, t.requestsTotal("3.4"));
        assertEquals(0, t.requestsTotal("4.1"));
        assertEquals(3, t.requestsTotal("1"));
        assertEquals(4, t.requestsTotal("total"));
    }
}
