// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.plan.PlanSummary;
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.register.DocumentDetails;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.SecrecyResult;
import org.disclosuredesk.requests.Consultee;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.ReviewCase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * V8 on a file an office already has: made with the schema as it was at V7, holding labels, then opened
 * by the app. Every value reads back as the same enum, the references hold, search and cascades still work.
 * V13 likewise on a file made at V12 (公开方式, fee basis, consultee, task status, unit kind).
 */
class EnumCodesMigrationTest {

    private static final String NOW = "2025-06-01T09:00:00";

    @TempDir
    Path dir;

    @Test
    void a_v7_file_with_labels_opens_with_the_same_values_as_codes() throws SQLException {
        Path file = dir.resolve("office.db");
        SQLiteDataSource source = v7File(file);
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO request (id, reg_year, reg_seq, reg_number, applicant_kind, applicant_name, id_type, id_number,"
                    + " channel, submitted_on, received_on, content, result_code, decided_on, created_at, updated_at) VALUES"
                    + " (7, 2025, 3, '依申请〔2025〕3号', '法律服务机构', '某律师事务所', '统一社会信用代码', '31110000MD0123456X',"
                    + " '邮寄-签收', '2025-03-03', '2025-03-05', '申请公开某项目的批复', '1', '2025-03-20', '" + NOW + "', '" + NOW + "')");
            s.execute("INSERT INTO request (id, reg_year, reg_seq, reg_number, applicant_kind, applicant_name, channel, submitted_on,"
                    + " received_on, content, created_at, updated_at) VALUES (8, 2025, 4, '依申请〔2025〕4号', '自然人', '张三', '互联网',"
                    + " '2025-04-01', '2025-04-01', '申请公开某通知', '" + NOW + "', '" + NOW + "')");
            s.execute("INSERT INTO request_event (request_id, kind, event_on, extra_days, created_at) VALUES (7, 'EXTENSION', '2025-03-18', 20, '" + NOW + "')");
            s.execute("INSERT INTO review_case (request_id, kind, case_number, filed_on, result, closed_on, created_at, updated_at) VALUES"
                    + " (7, '行政诉讼-复议后起诉', '（2025）示行初字第1号', '2025-05-06', '结果纠正', '2025-09-01', '" + NOW + "', '" + NOW + "')");
            s.execute("INSERT INTO review_case (request_id, kind, filed_on, created_at, updated_at) VALUES"
                    + " (8, '行政复议', '2025-05-10', '" + NOW + "', '" + NOW + "')");
            s.execute("INSERT INTO document (id, title, written_on, published_on, doc_type, created_at, updated_at) VALUES"
                    + " (21, '示例县城市管理办法（修订）', '2025-02-01', '2025-02-03', '行政规范性文件', '" + NOW + "', '" + NOW + "')");
            s.execute("INSERT INTO document (id, title, doc_number, written_on, disclosure_attribute, non_disclosure_reason, doc_type,"
                    + " validity, validity_changed_on, replaced_by_id, secrecy_result, body_text, created_at, updated_at) VALUES"
                    + " (20, '示例县城市管理办法', '示府规〔2020〕1号', '2020-01-10', '依申请公开', '涉及第三方', '规章', '已废止',"
                    + " '2025-02-03', 21, '需修改', '市容市貌管理', '" + NOW + "', '" + NOW + "')");
            s.execute("INSERT INTO document_attachment (document_id, file_name, stored_path, sha256, size_bytes, added_at) VALUES"
                    + " (20, '办法.pdf', 'attachments/20/办法.pdf', 'abc', 10, '" + NOW + "')");
        }

        try (AppContext ctx = new AppContext(Database.open(file),
                Clock.fixed(Instant.parse("2026-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))) {
            Request lawyer = ctx.requests().find(7);
            assertEquals(ApplicantKind.LEGAL_SERVICE_ORGANISATION, lawyer.applicant().kind());
            assertEquals(IdType.CREDIT_CODE, lawyer.applicant().idType());
            assertEquals(RequestChannel.REGISTERED_MAIL, lawyer.intake().channel());
            assertEquals(ResultRow.fromCode("1").orElseThrow(), lawyer.result());
            assertEquals(1, lawyer.events().size());
            assertEquals(RequestChannel.INTERNET, ctx.requests().find(8).intake().channel());
            List<ReviewCase> cases = ctx.reviewCases().forRequest(7);
            assertEquals(ReviewKind.LAWSUIT_AFTER_REVIEW, cases.get(0).kind());
            assertEquals(ReviewResult.CORRECTED, cases.get(0).result());
            assertEquals(ReviewResult.PENDING, ctx.reviewCases().forRequest(8).get(0).result());

            DocumentDetails old = ctx.register().details(20).orElseThrow();
            DocumentDraft d = old.entry().document();
            assertEquals(DisclosureAttribute.ON_REQUEST, d.attribute());
            assertEquals(DocType.RULE, d.docType());
            assertEquals(Validity.ABOLISHED, d.validity());
            assertEquals(SecrecyResult.CHANGES_NEEDED, d.secrecyResult());
            assertEquals(21L, old.replacedBy().orElseThrow().id());
            assertEquals(1, old.attachments().size());
            assertEquals(DocType.NORMATIVE_DOCUMENT, ctx.register().details(21).orElseThrow().entry().document().docType());
            assertEquals(Validity.IN_FORCE, ctx.register().details(21).orElseThrow().entry().document().validity());

            // The codes are what the file holds now; the labels live in the enums.
            assertEquals("LEGAL_SERVICE_ORGANISATION", ctx.database().dsl().fetchValue("select applicant_kind from request where id = 7"));
            assertEquals("ABOLISHED", ctx.database().dsl().fetchValue("select validity from document where id = 20"));
            // Search still finds the old rows, and the rebuilt table's triggers keep it in step.
            assertEquals(1, ctx.register().count(RegisterQuery.search("市容市貌")));
            ctx.register().update(21, ctx.register().details(21).orElseThrow().entry().document().toBuilder().title("示例县市容管理办法").build());
            assertEquals(1, ctx.register().count(RegisterQuery.search("市容管理")));
            // References and their cascades survived the rebuild.
            assertEquals(List.of(), ctx.database().foreignKeyCheck());
            assertEquals(List.of("ok"), ctx.database().integrityCheck());
            ctx.database().dsl().execute("delete from request where id = 7");
            assertEquals(0, ctx.database().dsl().fetchCount(ctx.database().dsl().selectFrom("request_event")));
            assertTrue(ctx.database().dsl().fetchValue("select count(*) from sqlite_schema where type = 'index' and name = 'request_report_flows'")
                    .toString().equals("1"));
        }
    }

    @Test
    void a_v12_file_with_the_last_labels_opens_with_the_same_values_as_codes() throws SQLException {
        Path file = dir.resolve("office-v12.db");
        SQLiteDataSource source = fileAt(file, "12");
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO unit (id, name, kind, created_at) VALUES (1, '政策法规科', '科室', '" + NOW + "'),"
                    + " (2, '县财政局', '单位', '" + NOW + "'), (3, '综合处', '处室', '" + NOW + "'), (4, '其他组', '其他', '" + NOW + "')");
            s.execute("INSERT INTO unit_alias (unit_id, alias) VALUES (1, '法规科')");
            s.execute("INSERT INTO plan (id, title, year, imported_at) VALUES (1, '2025年政务公开工作要点', 2025, '" + NOW + "')");
            s.execute("INSERT INTO plan_task (id, plan_id, parent_id, seq, path_json, text, status, completed_on) VALUES"
                    + " (1, 1, NULL, 1, '[\"一\"]', '加强政策解读', '进行中', NULL),"
                    + " (2, 1, 1, 2, '[\"一\",\"1\"]', '发布年报', '已完成', '2025-01-20'),"
                    + " (3, 1, 1, 3, '[\"一\",\"2\"]', '更新目录', '未开始', NULL),"
                    + " (4, 1, 1, 4, '[\"一\",\"3\"]', '撤销的任务', '不适用', NULL)");
            s.execute("INSERT INTO plan_task_unit (task_id, role, name_written, unit_id) VALUES (2, 'LEAD', '法规科', 1)");
            s.execute("INSERT INTO plan_task_progress (task_id, noted_on, note, created_at) VALUES (2, '2025-01-20', '已上网', '" + NOW + "')");
            s.execute("INSERT INTO request (id, reg_year, reg_seq, reg_number, applicant_kind, applicant_name, channel, submitted_on,"
                    + " received_on, content, created_at, updated_at) VALUES (7, 2025, 1, '依申请〔2025〕1号', 'NATURAL_PERSON', '张三',"
                    + " 'INTERNET', '2025-03-03', '2025-03-03', '申请公开某项目的批复', '" + NOW + "', '" + NOW + "')");
            s.execute("INSERT INTO request_event (id, request_id, kind, event_on, due_on, party, consultee, created_at) VALUES"
                    + " (10, 7, 'CONSULTATION_SENT', '2025-03-05', '2025-03-26', '县自然资源局', '其他机关', '" + NOW + "'),"
                    + " (11, 7, 'CONSULTATION_SENT', '2025-03-06', '2025-03-27', '某建设公司', '第三方', '" + NOW + "')");
            s.execute("INSERT INTO request_event (id, request_id, kind, event_on, related_event_id, created_at) VALUES"
                    + " (12, 7, 'CONSULTATION_ANSWERED', '2025-03-12', 11, '" + NOW + "')");
            s.execute("INSERT INTO request_event (id, request_id, kind, event_on, fee_basis, fee_quantity, amount_fen, created_at) VALUES"
                    + " (13, 7, 'FEE_NOTICE', '2025-03-14', '按量', 120, 1000, '" + NOW + "'),"
                    + " (14, 7, 'FEE_NOTICE', '2025-03-15', '按件', 3, 300, '" + NOW + "')");
            s.execute("INSERT INTO request_notice (request_id, event_id, type_code, series, num_year, num_seq, num_text, issued_on, title,"
                    + " addressee, body, signature, created_at) VALUES (7, 13, 'FEE', '收费', 2025, 1, '第1号', '2025-03-14', '收费通知',"
                    + " '张三', '正文', '某县人民政府办公室', '" + NOW + "')");
            s.execute("INSERT INTO document (id, title, written_on, published_on, channels, created_at, updated_at) VALUES"
                    + " (21, '示例县城市管理办法', '2025-02-01', '2025-02-03', '[\"政务新媒体\",\"政府网站\",\"公开栏\"]', '" + NOW + "', '" + NOW + "'),"
                    + " (22, '关于某事的通知', '2025-02-01', NULL, '[]', '" + NOW + "', '" + NOW + "'),"
                    + " (23, '示例县公报', '2025-02-01', '2025-02-04', '[\"政府公报\",\"其他\"]', '" + NOW + "', '" + NOW + "')");
        }

        try (AppContext ctx = new AppContext(Database.open(file),
                Clock.fixed(Instant.parse("2026-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))) {
            assertEquals(List.of("其他组:OTHER", "县财政局:ORGANISATION", "政策法规科:SECTION", "综合处:DIVISION"),
                    ctx.units().all().stream().map(u -> u.name() + ":" + u.kind().name()).sorted().toList());
            assertEquals(1L, ctx.units().match("法规科").orElseThrow().id());

            List<TrackedTask> tasks = ctx.plans().items(1);
            assertEquals(List.of(TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.NOT_STARTED, TaskStatus.NOT_APPLICABLE),
                    tasks.stream().map(TrackedTask::status).toList());
            TrackedTask done = tasks.get(1);
            assertEquals(LocalDate.parse("2025-01-20"), done.completedOn());
            assertEquals(1L, done.units().get(0).unitId());
            assertEquals(1, ctx.plans().progress(2).size());
            PlanSummary plan = ctx.plans().plans().get(0);
            assertEquals(1, plan.done());
            assertEquals(1, plan.notApplicable());

            List<RequestEvent> events = ctx.requests().find(7).events();
            assertEquals(Consultee.OTHER_AGENCY, event(events, 10).consultee());
            assertEquals(Consultee.THIRD_PARTY, event(events, 11).consultee());
            assertEquals(11L, event(events, 12).relatedEventId());
            assertEquals(FeeBasis.BY_VOLUME, event(events, 13).feeBasis());
            assertEquals(FeeBasis.BY_ITEM, event(events, 14).feeBasis());

            assertEquals(List.of(PublicationChannel.NEW_MEDIA, PublicationChannel.GOVERNMENT_WEBSITE, PublicationChannel.NOTICE_BOARD),
                    ctx.register().details(21).orElseThrow().entry().document().channels());
            assertEquals(List.of(), ctx.register().details(22).orElseThrow().entry().document().channels());
            assertEquals(List.of(PublicationChannel.GOVERNMENT_GAZETTE, PublicationChannel.OTHER),
                    ctx.register().details(23).orElseThrow().entry().document().channels());

            // The file holds codes now; the labels live in the enums.
            var dsl = ctx.database().dsl();
            assertEquals("[\"NEW_MEDIA\",\"GOVERNMENT_WEBSITE\",\"NOTICE_BOARD\"]", dsl.fetchValue("select channels from document where id = 21"));
            assertEquals("DONE", dsl.fetchValue("select status from plan_task where id = 2"));
            assertEquals("BY_VOLUME", dsl.fetchValue("select fee_basis from request_event where id = 13"));
            assertEquals("OTHER_AGENCY", dsl.fetchValue("select consultee from request_event where id = 10"));
            assertEquals("SECTION", dsl.fetchValue("select kind from unit where id = 1"));
            // A label is refused from now on, in a list as in a column.
            assertThrows(Exception.class, () -> dsl.execute("update document set channels = '[\"政府网站\"]' where id = 22"));
            assertThrows(Exception.class, () -> dsl.execute("update plan_task set status = '进行中' where id = 3"));
            // The rebuilt parents kept their children: the notice still names its step, the alias its unit.
            assertEquals("13", String.valueOf(dsl.fetchValue("select event_id from request_notice")));
            assertEquals(List.of(), ctx.database().foreignKeyCheck());
            assertEquals(List.of("ok"), ctx.database().integrityCheck());
            // … and the cascades still run: a deleted parent task takes its children, a deleted unit its alias.
            dsl.execute("delete from plan_task where id = 1");
            assertEquals(0, dsl.fetchCount(dsl.selectFrom("plan_task")));
            assertEquals(0, dsl.fetchCount(dsl.selectFrom("plan_task_progress")));
            dsl.execute("delete from unit where id = 1");
            assertEquals(0, dsl.fetchCount(dsl.selectFrom("unit_alias")));
            dsl.execute("delete from request_event where id = 11");
            assertEquals(3, dsl.fetchCount(dsl.selectFrom("request_event")), "the answer goes with its letter");
        }
    }

    private static RequestEvent event(List<RequestEvent> events, long id) {
        return events.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** A database file exactly as the app made it before V8: Flyway stopped at version 7. */
    private static SQLiteDataSource v7File(Path file) {
        return fileAt(file, "7");
    }

    /** A database file exactly as the app made it at that schema version. */
    private static SQLiteDataSource fileAt(Path file, String version) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target(version).load().migrate();
        return source;
    }
}
