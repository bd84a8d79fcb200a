// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.register.DocumentDetails;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.SecrecyResult;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.ReviewCase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * V8 on a file an office already has: made with the schema as it was at V7, holding labels, then opened
 * by the app. Every value reads back as the same enum, the references hold, search and cascades still work.
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

    /** A database file exactly as the app made it before V8: Flyway stopped at version 7. */
    private static SQLiteDataSource v7File(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("7").load().migrate();
        return source;
    }
}
