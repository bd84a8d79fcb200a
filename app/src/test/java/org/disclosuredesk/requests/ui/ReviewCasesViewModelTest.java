// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCasesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void a_case_is_added_and_closed_with_problems_under_the_fields() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-05", "张三", "道路改造立项批复");
            ReviewCasesViewModel model = new ReviewCasesViewModel(f.reviewCases, new CurrentThreadTaskExecutor());
            model.load(r.id());
            model.startNew();
            model.kindProperty().set(ReviewKind.LAWSUIT_DIRECT);
            model.filedOnProperty().set("2025.5.6");
            model.save();
            assertFalse(model.editingProperty().get());
            assertEquals(1, model.cases().size());
            assertEquals(ReviewResult.PENDING, model.cases().get(0).result());

            model.edit(model.cases().get(0));
            model.resultProperty().set(ReviewResult.CORRECTED);
            model.save();
            assertTrue(model.fieldErrors().get("closedOn").contains("请填写审结日期"));
            assertTrue(model.editingProperty().get());
            model.closedOnProperty().set("2025-06-20");
            model.save();
            assertEquals(ReviewResult.CORRECTED, model.cases().get(0).result());
        }
    }
    @Test
    void a_date_it_cannot_read_and_the_cases_own_refusal_show_in_one_round() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-05", "张三", "道路改造立项批复");
            ReviewCasesViewModel model = new ReviewCasesViewModel(f.reviewCases, new CurrentThreadTaskExecutor());
            model.load(r.id());
            model.startNew();
            model.filedOnProperty().set("2025-03-01");    // before the request arrived: the service refuses it
            model.closedOnProperty().set("2025-06-31");   // no such day: the form cannot read it
            model.resultProperty().set(ReviewResult.UPHELD);
            model.save();
            assertTrue(model.fieldErrors().get("closedOn").contains("不是存在的日期"), model.fieldErrors().toString());
            assertTrue(model.fieldErrors().get("filedOn").contains("不能早于所涉申请的收到日期"), model.fieldErrors().toString());
            assertTrue(model.editingProperty().get());
            assertEquals(0, f.count("review_case"));
        }
    }
}
