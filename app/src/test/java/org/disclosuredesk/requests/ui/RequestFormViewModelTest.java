// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestBuilderAccess;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestFormViewModelTest {

    @TempDir
    Path dir;

    private RequestFixture f;
    private RequestFormViewModel model;
    private final List<Request> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2025-03-10");
        model = new RequestFormViewModel(f.service, new CurrentThreadTaskExecutor());
        model.setOnSaved(saved::add);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void fillValid() {
        model.applicantNameProperty().set("张三");
        model.idNumberProperty().set("11010519491231002X");
        model.contentProperty().set("道路改造立项批复");
    }

    @Test
    void a_new_form_is_received_today_in_person_and_previews_its_deadline() {
        assertEquals("2025-03-10", model.receivedOnProperty().get());
        assertEquals("登记后的答复期限：收到申请 2025-03-10 起算 20 个工作日 → 2025-04-08", model.deadlinePreviewProperty().get());
        assertTrue(model.receiptRuleProperty().get().contains("第三十一条第（一）项"));
    }

    @Test
    void the_date_of_receipt_follows_the_channel_until_typed_by_hand() {
        model.channelProperty().set(RequestChannel.REGISTERED_MAIL);
        model.submittedOnProperty().set("2025.3.5");
        assertEquals("2025-03-10", model.receivedOnProperty().get(), "a letter is received the day the office signs for it");
        model.channelProperty().set(RequestChannel.INTERNET);
        assertEquals("2025-03-05", model.receivedOnProperty().get());
        model.receivedOnProperty().set("2025-03-06");
        model.channelProperty().set(RequestChannel.REGISTERED_MAIL);
        assertEquals("2025-03-06", model.receivedOnProperty().get());
    }

    @Test
    void a_bad_date_is_shown_under_its_field_and_nothing_is_stored() {
        fillValid();
        model.receivedOnProperty().set("2025-02-30");
        model.save();
        assertTrue(model.fieldErrors().get("receivedOn").contains("不是存在的日期"), model.fieldErrors().toString());
        assertEquals("请先改正标红的项目。", model.messageProperty().get());
        assertEquals(0, f.count("request"));
    }

    @Test
    void a_date_that_does_not_read_and_an_empty_name_show_in_one_round() {
        model.applicantNameProperty().set("  ");
        model.contentProperty().set("");
        model.receivedOnProperty().set("2025-02-30");
        model.save();
        assertEquals(java.util.Set.of("receivedOn", "applicantName", "content"), model.fieldErrors().keySet(), model.fieldErrors().toString());
        assertTrue(model.fieldErrors().get("receivedOn").contains("不是存在的日期"), "the date's own message stays");
        assertEquals(0, f.count("request"));
    }

    @Test
    void the_services_problems_land_under_their_fields() {
        fillValid();
        model.idNumberProperty().set("110105194912310021");
        model.contentProperty().set(" ");
        model.save();
        assertTrue(model.fieldErrors().get("idNumber").contains("校验位不符"));
        assertTrue(model.fieldErrors().containsKey("content"));
        assertNull(model.currentProperty().get());
        assertEquals(0, f.count("request"));
    }

    @Test
    void saving_registers_then_edits_the_same_request() {
        fillValid();
        model.save();
        assertEquals("已登记：依申请〔2025〕第1号", model.messageProperty().get());
        assertEquals("依申请〔2025〕第1号", model.headingProperty().get());
        assertEquals(1, saved.size());
        model.phoneProperty().set("13900000000");
        model.save();
        assertEquals("已保存：依申请〔2025〕第1号", model.messageProperty().get());
        assertEquals(1, f.count("request"));
        assertEquals("13900000000", f.service.find(saved.get(0).id()).applicant().phone());
    }

    @Test
    void earlier_applicants_are_suggested_and_fill_the_form() {
        f.service.register(RequestBuilderAccess.natural("2025-03-03", "李秀英", "征收决定", IdType.RESIDENT_ID, "440524188001010014"));
        model.applicantNameProperty().set("李秀");
        model.suggest("李秀");
        assertEquals(List.of("李秀英"), model.suggestions().stream().map(a -> a.name()).toList());
        model.useApplicant(model.suggestions().get(0));
        assertEquals("李秀英", model.applicantNameProperty().get());
        assertEquals("440524188001010014", model.idNumberProperty().get());
        assertEquals(ApplicantKind.NATURAL_PERSON, model.applicantKindProperty().get());
        assertTrue(model.suggestions().isEmpty());
    }

    @Test
    void a_repeat_applicants_full_name_is_still_offered_until_chosen() {
        f.service.register(RequestBuilderAccess.natural("2025-03-03", "李秀英", "征收决定", IdType.RESIDENT_ID, "440524188001010014"));
        model.applicantNameProperty().set("李秀英");
        model.suggest("李秀英");
        assertEquals(List.of("李秀英"), model.suggestions().stream().map(a -> a.name()).toList());
        model.useApplicant(model.suggestions().get(0));
        model.suggest("李秀英");
        assertTrue(model.suggestions().isEmpty(), "the name just chosen is not offered again");
    }
}
