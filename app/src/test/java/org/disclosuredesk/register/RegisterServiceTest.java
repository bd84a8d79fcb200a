// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.register.Documents.aDocument;
import static org.disclosuredesk.register.Documents.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterServiceTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private RegisterService register;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")), Documents.CLOCK);
        OrgSettings s = OrgSettings.defaultsFor("示例县人民政府办公室");
        ctx.settings().save(new OrgSettings(s.officeName(), s.organName(), "", "依申请", 5, 3,
                "11520000MB1234567X/{year}-{seq:5}", "测试员"));
        register = ctx.register();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void stores_the_doc_number_with_hexagonal_brackets_and_reads_it_back() {
        long id = register.create(aDocument("关于做好2025年春耕生产工作的通知").docNumber("示府办发[2025]12号")
                .indexNumber("11520000mb1234567x/2025-00001").build());
        RegisterEntry e = register.details(id).orElseThrow().entry();
        assertEquals("示府办发〔2025〕12号", e.document().docNumber());
        assertEquals("11520000MB1234567X/2025-00001", e.document().indexNumber());
        assertEquals(day("2025-03-31"), e.publishDueOn());
    }

    @Test
    void every_field_of_the_record_is_stored_read_back_and_changed() {
        long replacing = register.create(aDocument("示例县城市管理办法（2025年修订）").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(day("2025-04-01")).publishedOn(day("2025-04-02")).build());
        long interpretation = register.create(aDocument("《示例县城市管理办法》政策解读").writtenOn(day("2025-03-05"))
                .publishedOn(day("2025-03-05")).build());
        DocumentDraft full = DocumentDraft.builder()
                .indexNumber("11520000MB1234567X/2025-00031").docNumber("示府规〔2025〕2号").title("示例县城市管理办法")
                .issuingOrgan("示例县人民政府").writtenOn(day("2025-03-03")).publishedOn(day("2025-03-04"))
                .attribute(DisclosureAttribute.PROACTIVE).channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE,
                        PublicationChannel.GOVERNMENT_GAZETTE, PublicationChannel.NOTICE_BOARD))
                .category("第二十条（一）行政法规、规章和规范性文件").docType(DocType.NORMATIVE_DOCUMENT)
                .validity(Validity.AMENDED).validityChangedOn(day("2025-04-01")).replacedById(replacing)
                .interpretationTitle("《示例县城市管理办法》政策解读").interpretationPublishedOn(day("2025-03-05"))
                .interpretationDocumentId(interpretation).secrecyReviewer("张敏").secrecyReviewedOn(day("2025-03-03"))
                .secrecyResult(SecrecyResult.PASSED).build();

        long id = register.create(full);
        DocumentDetails stored = register.details(id).orElseThrow();

        assertEquals(full, stored.entry().document());
        assertEquals(replacing, stored.replacedBy().orElseThrow().id());
        assertEquals(interpretation, stored.interpretationDocument().orElseThrow().id());

        DocumentDraft changed = DocumentDraft.builder()
                .indexNumber("11520000MB1234567X/2025-00032").docNumber("示府办发〔2025〕9号").title("关于城市管理的通知")
                .issuingOrgan("示例县人民政府办公室").writtenOn(day("2025-03-10")).publishedOn(null)
                .attribute(DisclosureAttribute.NOT_DISCLOSED).nonDisclosureReason("属于内部事务信息")
                .channels(List.of(PublicationChannel.OTHER)).category("第二十条（二）机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名")
                .docType(DocType.OTHER).validity(Validity.EXPIRED).validityChangedOn(day("2025-05-01")).replacedById(null)
                .interpretationTitle(null).interpretationPublishedOn(null).interpretationDocumentId(null)
                .secrecyReviewer("李华").secrecyReviewedOn(day("2025-03-11")).secrecyResult(SecrecyResult.CHANGES_NEEDED).build();
        register.update(id, changed);

        assertEquals(changed, register.details(id).orElseThrow().entry().document());
    }

    @Test
    void a_bad_doc_number_is_refused_under_its_field_and_nothing_is_stored() {
        ValidationError e = assertThrows(ValidationError.class,
                () -> register.create(aDocument("某通知").docNumber("2025年第3号").build()));
        assertEquals("docNumber", e.problems().get(0).field());
        assertEquals(0, register.count(RegisterQuery.ALL));
    }

    @Test
    void an_index_number_outside_the_office_format_is_refused_with_an_example() {
        ValidationError e = assertThrows(ValidationError.class,
                () -> register.create(aDocument("某通知").indexNumber("2025-12").build()));
        assertEquals("indexNumber", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("11520000MB1234567X/2025-00012"), e.getMessage());
    }

    @Test
    // [utest->req~register.duplicates~1]
    void a_duplicate_doc_number_is_refused_naming_the_stored_document() {
        long first = register.create(aDocument("关于A的通知").docNumber("示府办发〔2025〕3号").build());
        ValidationError e = assertThrows(ValidationError.class,
                () -> register.create(aDocument("关于B的通知").docNumber("示府办发(2025)3号").build()));
        assertEquals("docNumber", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("《关于A的通知》"), e.getMessage());
        assertTrue(e.getMessage().contains("台账第 " + first + " 条"), e.getMessage());
        assertEquals(1, register.count(RegisterQuery.ALL));
    }

    @Test
    void a_duplicate_index_number_is_refused_naming_the_stored_document() {
        register.create(aDocument("关于A的通知").indexNumber("11520000MB1234567X/2025-00007").build());
        ValidationError e = assertThrows(ValidationError.class,
                () -> register.create(aDocument("关于B的通知").indexNumber("11520000MB1234567X/2025-00007").build()));
        assertEquals("indexNumber", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("《关于A的通知》"), e.getMessage());
    }

    @Test
    void saving_an_entry_again_with_its_own_numbers_is_not_a_duplicate() {
        long id = register.create(aDocument("关于A的通知").docNumber("示府办发〔2025〕3号").indexNumber("11520000MB1234567X/2025-00007").build());
        DocumentDraft d = register.details(id).orElseThrow().entry().document();
        register.update(id, d.toBuilder().title("关于A的通知（修订）").build());
        assertEquals("关于A的通知（修订）", register.details(id).orElseThrow().entry().document().title());
    }

    @Test
    // [utest->req~register.abolish~1]
    void abolishing_needs_a_date_and_records_the_replacing_document() {
        long old = register.create(aDocument("示例县城市管理办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(day("2020-05-06")).publishedOn(day("2020-05-08")).build());
        long replacing = register.create(aDocument("示例县城市管理办法（2025年修订）").docType(DocType.NORMATIVE_DOCUMENT).build());

        assertThrows(ValidationError.class, () -> register.abolish(old, null, replacing));
        register.abolish(old, day("2025-04-01"), replacing);

        DocumentDetails details = register.details(old).orElseThrow();
        assertEquals(Validity.ABOLISHED, details.entry().document().validity());
        assertEquals(day("2025-04-01"), details.entry().document().validityChangedOn());
        assertEquals(replacing, details.replacedBy().orElseThrow().id());
    }

    @Test
    void abolishing_before_the_document_was_made_is_refused() {
        long id = register.create(aDocument("某办法").writtenOn(day("2025-03-03")).build());
        assertThrows(ValidationError.class, () -> register.abolish(id, day("2025-01-01"), null));
    }

    @Test
    void a_document_cannot_replace_itself() {
        long id = register.create(aDocument("某办法").build());
        ValidationError e = assertThrows(ValidationError.class, () -> register.abolish(id, day("2025-05-01"), id));
        assertEquals("replacedById", e.problems().get(0).field());
    }

    @Test
    void a_validity_other_than_in_force_needs_its_date() {
        ValidationError e = assertThrows(ValidationError.class,
                () -> register.create(aDocument("某办法").validity(Validity.EXPIRED).build()));
        assertEquals("validityChangedOn", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("失效日期"));
    }

    @Test
    void not_disclosing_needs_a_reason() {
        ValidationError e = assertThrows(ValidationError.class,
                () -> register.create(aDocument("某请示").attribute(DisclosureAttribute.NOT_DISCLOSED).build()));
        assertEquals("nonDisclosureReason", e.problems().get(0).field());
    }

    @Test
    // [utest->req~register.publication-deadline~1]
    void late_publication_is_flagged_in_the_list_and_found_by_the_flag_filter() {
        register.create(aDocument("按时公开").writtenOn(day("2025-03-03")).publishedOn(day("2025-03-31")).build());
        register.create(aDocument("超期公开").writtenOn(day("2025-03-03")).publishedOn(day("2025-04-03")).build());
        register.create(aDocument("尚未公开").writtenOn(day("2025-05-06")).publishedOn(null).build());

        List<RegisterEntry> late = register.list(RegisterQuery.ALL.withLateOnly(true));

        assertEquals(List.of("尚未公开", "超期公开"), late.stream().map(e -> e.document().title()).toList());
        assertEquals(3, late.get(1).flags().publicationDaysLate());   // due 3/31; 4/1, 4/2, 4/3
        RegisterEntry unpublished = late.get(0);
        assertTrue(unpublished.flags().stillUnpublished());
        // Counted with the office's calendar (2025: 端午 6/2), up to today 6/10.
        assertEquals(ctx.calendarSource().current().workingDaysBetween(unpublished.publishDueOn(), day("2025-06-10")),
                unpublished.flags().publicationDaysLate());
        assertEquals(2, register.count(RegisterQuery.ALL.withLateOnly(true)));
    }

    @Test
    // [utest->req~register.interpretation-deadline~1]
    void a_normative_document_without_interpretation_is_flagged() {
        register.create(aDocument("有解读的规范性文件").docType(DocType.NORMATIVE_DOCUMENT)
                .interpretationTitle("《…》政策解读").interpretationPublishedOn(day("2025-03-12")).build());
        register.create(aDocument("缺少解读的规范性文件").docType(DocType.NORMATIVE_DOCUMENT).build());
        register.create(aDocument("其他公文无需解读").build());

        List<RegisterEntry> flagged = register.list(RegisterQuery.ALL.withMissingInterpretationOnly(true));

        assertEquals(1, flagged.size());
        assertEquals("缺少解读的规范性文件", flagged.get(0).document().title());
        assertTrue(flagged.get(0).flags().interpretationMissing());
    }

    @Test
    void the_interpretation_setting_changes_the_deadline_of_stored_documents() {
        long id = register.create(aDocument("规范性文件").docType(DocType.NORMATIVE_DOCUMENT)
                .interpretationTitle("解读").interpretationPublishedOn(day("2025-03-17")).build());   // due 3/13 with 3 days
        assertTrue(register.details(id).orElseThrow().entry().flags().interpretationOverdue());

        OrgSettings s = ctx.settings().current();
        ctx.settings().save(new OrgSettings(s.officeName(), s.organName(), s.signatory(), s.requestNumberPrefix(),
                s.dueSoonWorkingDays(), 10, s.indexNumberPattern(), s.operatorName()));
        assertTrue(register.refreshDeadlinesIfStale());
        assertFalse(register.refreshDeadlinesIfStale());

        assertFalse(register.details(id).orElseThrow().entry().flags().interpretationOverdue());
    }

    @Test
    // [utest->req~register.deadline-recompute~1]
    void a_calendar_change_moves_stored_deadlines() {
        long id = register.create(aDocument("三月成文").writtenOn(day("2025-03-03")).publishedOn(day("2025-04-01")).build());
        assertEquals(day("2025-03-31"), register.details(id).orElseThrow().entry().publishDueOn());
        assertTrue(register.details(id).orElseThrow().entry().flags().late());

        // The office marks a day off in the period: the deadline moves, and the document is no longer late.
        ctx.calendar().setDay(day("2025-03-14"), org.disclosuredesk.calendar.DayKind.HOLIDAY);

        assertEquals(day("2025-04-01"), register.details(id).orElseThrow().entry().publishDueOn());
        assertFalse(register.details(id).orElseThrow().entry().flags().late());
        assertEquals(0, register.count(RegisterQuery.ALL.withLateOnly(true)));
    }

    @Test
    // [utest->req~register.year-lock~1]
    void a_locked_year_cannot_be_changed_but_an_old_document_can_be_abolished_in_an_open_year() {
        long old = register.create(aDocument("2023年的办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(day("2023-03-01")).publishedOn(day("2023-03-02")).build());
        ctx.database().inTransaction(() -> ctx.yearLocks().lock(2023));

        UserError e = assertThrows(UserError.class, () -> register.create(aDocument("补登2023年文件").writtenOn(day("2023-05-05"))
                .publishedOn(day("2023-05-06")).build()));
        assertTrue(e.getMessage().contains("2023"));
        DocumentDraft d = register.details(old).orElseThrow().entry().document();
        assertThrows(UserError.class, () -> register.update(old, d.toBuilder().title("改标题").build()));

        register.abolish(old, day("2025-02-01"), null);
        assertEquals(Validity.ABOLISHED, register.details(old).orElseThrow().entry().document().validity());
    }

    @Test
    void proposes_the_next_index_number_of_the_year() {
        assertEquals("11520000MB1234567X/2025-00001", register.proposeIndexNumber(2025).orElseThrow());
        register.create(aDocument("A").indexNumber("11520000MB1234567X/2025-00009").build());
        register.create(aDocument("B").indexNumber("11520000MB1234567X/2025-00010").build());
        assertEquals("11520000MB1234567X/2025-00011", register.proposeIndexNumber(2025).orElseThrow());
        assertEquals("11520000MB1234567X/2026-00001", register.proposeIndexNumber(2026).orElseThrow());
    }

    @Test
    void changes_are_in_the_audit_trail_field_by_field() {
        long id = register.create(aDocument("关于A的通知").build());
        DocumentDraft d = register.details(id).orElseThrow().entry().document();
        register.update(id, d.toBuilder().title("关于A的通知（修订）").build());
        var history = ctx.audit().history(RegisterService.ENTITY, id);
        assertEquals("title", history.get(0).field());
        assertEquals("关于A的通知", history.get(0).oldValue());
        assertEquals("关于A的通知（修订）", history.get(0).newValue());
    }

    @Test
    void pages_continue_where_the_last_one_ended() {
        for (int i = 1; i <= 25; i++) {
            register.create(aDocument("通知" + i).writtenOn(day("2025-01-01").plusDays(i)).publishedOn(day("2025-03-10")).build());
        }
        RegisterPage first = register.page(RegisterQuery.ofYear(2025), null, 10);
        RegisterPage second = register.page(RegisterQuery.ofYear(2025), first.next(), 10);
        RegisterPage third = register.page(RegisterQuery.ofYear(2025), second.next(), 10);

        assertEquals("通知25", first.rows().get(0).document().title());
        assertEquals("通知15", second.rows().get(0).document().title());
        assertEquals(5, third.rows().size());
        assertFalse(third.hasMore());
        assertEquals(25, register.count(RegisterQuery.ofYear(2025)));
    }
}
