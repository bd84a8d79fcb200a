// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFormViewModelTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private DocumentFormViewModel form;
    private final List<RegisterEntry> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        form = new DocumentFormViewModel(ctx.register(), new CurrentThreadTaskExecutor());
        form.setOnSaved(saved::add);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void a_new_document_is_saved_with_dates_as_typed() {
        form.newDocument(2025);
        form.titleProperty().set("关于做好防汛工作的通知");
        form.docNumberProperty().set("示府办发[2025]7号");
        form.writtenOnProperty().set("2025年5月6日");
        form.publishedOnProperty().set("2025.5.8");
        form.channelProperty(PublicationChannel.NEW_MEDIA).set(true);

        form.save();

        assertEquals(1, saved.size());
        DocumentDraft d = saved.get(0).document();
        assertEquals("示府办发〔2025〕7号", d.docNumber());
        assertEquals(LocalDate.of(2025, 5, 6), d.writtenOn());
        assertEquals(List.of(PublicationChannel.GOVERNMENT_WEBSITE, PublicationChannel.NEW_MEDIA), d.channels());
        assertNotNull(form.idProperty().get());
        assertEquals("示府办发〔2025〕7号", form.docNumberProperty().get(), "the form shows the stored spelling");
    }

    @Test
    void problems_appear_under_their_fields_and_nothing_is_stored() {
        form.newDocument(2025);
        form.titleProperty().set("某通知");
        form.writtenOnProperty().set("2025-02-30");
        form.docNumberProperty().set("2025年第3号");

        form.save();
        assertTrue(form.fieldErrors().get("writtenOn").contains("不是存在的日期"), form.fieldErrors().toString());
        assertTrue(form.fieldErrors().containsKey("docNumber"), "in the same round: " + form.fieldErrors());

        form.writtenOnProperty().set("2025-03-03");
        form.save();
        assertTrue(form.fieldErrors().containsKey("docNumber"), form.fieldErrors().toString());
        assertEquals(0, ctx.register().count(RegisterQuery.ALL));
    }

    @Test
    void a_date_that_does_not_read_and_an_empty_title_show_in_one_round() {
        form.newDocument(2025);
        form.titleProperty().set("");
        form.writtenOnProperty().set("2025-13-01");
        form.publishedOnProperty().set("2025-03-05");

        form.save();

        assertEquals(java.util.Set.of("writtenOn", "title"), form.fieldErrors().keySet(), form.fieldErrors().toString());
        assertEquals(0, ctx.register().count(RegisterQuery.ALL));
    }

    @Test
    void abolishing_asks_for_a_date_and_takes_a_replacing_document() {
        long old = ctx.register().create(DocumentDraft.builder().title("旧办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(LocalDate.of(2021, 3, 1)).build());
        long replacing = ctx.register().create(DocumentDraft.builder().title("新办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(LocalDate.of(2025, 3, 1)).docNumber("示府规〔2025〕1号").build());
        form.load(old);
        List<String> problems = new ArrayList<>();
        boolean[] done = {false};

        form.abolish("", null, problems::add, () -> done[0] = true);
        assertEquals(1, problems.size());

        List<org.disclosuredesk.register.DocumentRef> found = new ArrayList<>();
        form.lookup("示府规", found::addAll);
        assertEquals(replacing, found.get(0).id());
        form.abolish("2025-04-01", found.get(0), problems::add, () -> done[0] = true);

        assertTrue(done[0]);
        assertEquals(Validity.ABOLISHED, form.validityProperty().get());
        assertEquals("2025-04-01", form.validityChangedOnProperty().get());
        assertTrue(form.replacedByProperty().get().contains("新办法"));
    }

    @Test
    // Every field of the record can be changed in the panel, the two links included.
    void every_field_is_shown_edited_and_saved_from_the_panel() {
        long id = ctx.register().create(DocumentDraft.builder().title("示例县城市管理办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(LocalDate.of(2025, 3, 3)).build());
        long replacing = ctx.register().create(DocumentDraft.builder().title("示例县城市管理办法（2025年修订）")
                .docNumber("示府规〔2025〕9号").docType(DocType.NORMATIVE_DOCUMENT).writtenOn(LocalDate.of(2025, 5, 6)).build());
        long interpretation = ctx.register().create(DocumentDraft.builder().title("一图读懂《示例县城市管理办法》")
                .docNumber("示府办函〔2025〕4号").writtenOn(LocalDate.of(2025, 3, 4)).publishedOn(LocalDate.of(2025, 3, 6)).build());
        form.load(id);

        form.indexNumberProperty().set("XZ-2025-7");
        form.docNumberProperty().set("示府规（2025）2号");
        form.titleProperty().set("示例县城市道路管理办法");
        form.issuingOrganProperty().set("示例县人民政府");
        form.writtenOnProperty().set("2025.3.3");
        form.publishedOnProperty().set("2025-03-05");
        form.attributeProperty().set(org.disclosuredesk.law.DisclosureAttribute.PROACTIVE);
        form.channelProperty(PublicationChannel.GOVERNMENT_WEBSITE).set(true);
        form.channelProperty(PublicationChannel.GOVERNMENT_GAZETTE).set(true);
        form.categoryProperty().set("第二十条（一）行政法规、规章和规范性文件");
        form.docTypeProperty().set(DocType.NORMATIVE_DOCUMENT);
        form.validityProperty().set(Validity.AMENDED);
        form.validityChangedOnProperty().set("2025-05-06");
        List<org.disclosuredesk.register.DocumentRef> found = new ArrayList<>();
        form.lookup("示府规〔2025〕9", found::addAll);
        form.chooseReplacement(found.get(0));
        found.clear();
        form.lookup("一图读懂", found::addAll);
        form.chooseInterpretation(found.get(0));
        form.secrecyReviewerProperty().set("张敏");
        form.secrecyReviewedOnProperty().set("2025-03-03");
        form.secrecyResultProperty().set(org.disclosuredesk.register.SecrecyResult.PASSED);

        assertEquals("一图读懂《示例县城市管理办法》", form.interpretationTitleProperty().get(), "a blank 解读标题 is taken from the link");
        assertEquals("2025-03-06", form.interpretationPublishedOnProperty().get(), "and its 发布日期 too");
        form.save();

        assertEquals(List.of(), List.copyOf(form.fieldErrors().values()));
        DocumentDraft d = ctx.register().details(id).orElseThrow().entry().document();
        assertEquals(DocumentDraft.builder().indexNumber("XZ-2025-7").docNumber("示府规〔2025〕2号").title("示例县城市道路管理办法")
                .issuingOrgan("示例县人民政府").writtenOn(LocalDate.of(2025, 3, 3)).publishedOn(LocalDate.of(2025, 3, 5))
                .attribute(org.disclosuredesk.law.DisclosureAttribute.PROACTIVE)
                .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE, PublicationChannel.GOVERNMENT_GAZETTE))
                .category("第二十条（一）行政法规、规章和规范性文件").docType(DocType.NORMATIVE_DOCUMENT).validity(Validity.AMENDED)
                .validityChangedOn(LocalDate.of(2025, 5, 6)).replacedById(replacing)
                .interpretationTitle("一图读懂《示例县城市管理办法》").interpretationPublishedOn(LocalDate.of(2025, 3, 6))
                .interpretationDocumentId(interpretation).secrecyReviewer("张敏").secrecyReviewedOn(LocalDate.of(2025, 3, 3))
                .secrecyResult(org.disclosuredesk.register.SecrecyResult.PASSED).build(), d);

        form.close();
        form.load(id);
        assertTrue(form.replacedByProperty().get().contains("示府规〔2025〕9号"), form.replacedByProperty().get());
        assertTrue(form.interpretationDocumentProperty().get().contains("示府办函〔2025〕4号"), form.interpretationDocumentProperty().get());

        form.chooseInterpretation(null);
        form.validityProperty().set(Validity.IN_FORCE);
        form.save();
        d = ctx.register().details(id).orElseThrow().entry().document();
        assertEquals(null, d.interpretationDocumentId(), "取消关联 is saved");
        assertEquals(null, d.replacedById(), "a document in force has no replacing document");
    }

    @Test
    void the_next_index_number_is_proposed_for_a_new_document() {
        var s = ctx.settings().current();
        ctx.settings().save(new org.disclosuredesk.settings.OrgSettings(s.officeName(), s.organName(), s.signatory(),
                s.requestNumberPrefix(), s.dueSoonWorkingDays(), s.interpretationWorkingDays(), "XZ/{year}-{seq:4}", s.operatorName()));
        form.newDocument(2025);
        assertEquals("XZ/2025-0001", form.indexNumberProperty().get());
    }
}
